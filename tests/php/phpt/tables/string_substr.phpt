--TEST--
substr() on edge cases
--FILE--
<?php
var_dump(substr('abcdef', 1));
var_dump(substr('abcdef', -2));
var_dump(substr('abcdef', 1, 3));
var_dump(substr('abcdef', 0, -1));
var_dump(substr('abc', 5));
var_dump(substr('abc', 1, 0));
var_dump(substr('abc', -5, 2));
--EXPECT--
string(5) "bcdef"
string(2) "ef"
string(3) "bcd"
string(5) "abcde"
string(0) ""
string(0) ""
string(2) "ab"
