--TEST--
array_key_exists() on edge cases
--FILE--
<?php
var_dump(array_key_exists('a', ['a' => null]));
var_dump(array_key_exists(1, ['1' => 0]));
--EXPECT--
bool(true)
bool(true)
