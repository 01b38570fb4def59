--TEST--
strnatcmp() on edge cases
--FILE--
<?php
var_dump(strnatcmp('img12', 'img10'));
var_dump(strnatcmp('img2', 'img10'));
--EXPECT--
int(1)
int(-1)
