--TEST--
str_ends_with() on edge cases
--FILE--
<?php
var_dump(str_ends_with('abc', 'bc'));
var_dump(str_ends_with('abc', 'abcd'));
--EXPECT--
bool(true)
bool(false)
