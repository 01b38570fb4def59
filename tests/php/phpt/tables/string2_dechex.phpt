--TEST--
dechex() on edge cases
--FILE--
<?php
var_dump(dechex(PHP_INT_MAX));
var_dump(dechex(-1));
--EXPECT--
string(16) "7fffffffffffffff"
string(16) "ffffffffffffffff"
