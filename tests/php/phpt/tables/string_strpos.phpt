--TEST--
strpos() on edge cases
--FILE--
<?php
var_dump(strpos('hello', 'l'));
var_dump(strpos('hello', 'l', 3));
var_dump(strpos('hello', 'l', -2));
var_dump(strpos('hello', 'z'));
var_dump(strpos('abc', ''));
--EXPECT--
int(2)
int(3)
int(3)
bool(false)
int(0)
