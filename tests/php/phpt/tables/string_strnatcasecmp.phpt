--TEST--
strnatcasecmp() on edge cases
--FILE--
<?php
var_dump(strnatcasecmp('IMG2', 'img10'));
--EXPECT--
int(-1)
