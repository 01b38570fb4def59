--TEST--
trim() on edge cases
--FILE--
<?php
var_dump(trim('  x  '));
var_dump(trim("\t\nx\0\x0B "));
var_dump(trim('xxaxx', 'x'));
var_dump(trim('abcba', 'a..c'));
--EXPECT--
string(1) "x"
string(1) "x"
string(1) "a"
string(0) ""
