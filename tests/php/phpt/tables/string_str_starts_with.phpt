--TEST--
str_starts_with() on edge cases
--FILE--
<?php
var_dump(str_starts_with('abc', 'ab'));
var_dump(str_starts_with('abc', ''));
var_dump(str_starts_with('abc', 'bc'));
--EXPECT--
bool(true)
bool(true)
bool(false)
