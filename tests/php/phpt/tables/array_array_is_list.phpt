--TEST--
array_is_list() on edge cases
--FILE--
<?php
var_dump(array_is_list([1, 2]));
var_dump(array_is_list([1 => 1]));
var_dump(array_is_list([]));
--EXPECT--
bool(true)
bool(false)
bool(true)
