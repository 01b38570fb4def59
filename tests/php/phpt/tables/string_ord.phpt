--TEST--
ord() on edge cases
--FILE--
<?php
var_dump(ord('A'));
var_dump(ord(''));
--EXPECT--
int(65)
int(0)
