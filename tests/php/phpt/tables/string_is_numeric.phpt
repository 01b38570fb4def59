--TEST--
is_numeric() on edge cases
--FILE--
<?php
var_dump(is_numeric('12'));
var_dump(is_numeric(' 12'));
var_dump(is_numeric('12 '));
var_dump(is_numeric('1e5'));
var_dump(is_numeric('0x1A'));
var_dump(is_numeric('.5'));
var_dump(is_numeric('abc'));
var_dump(is_numeric(''));
var_dump(is_numeric(null));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
