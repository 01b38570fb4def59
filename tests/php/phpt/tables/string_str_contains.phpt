--TEST--
str_contains() on edge cases
--FILE--
<?php
var_dump(str_contains('abc', 'b'));
var_dump(str_contains('abc', ''));
var_dump(str_contains('', 'a'));
--EXPECT--
bool(true)
bool(true)
bool(false)
