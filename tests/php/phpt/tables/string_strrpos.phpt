--TEST--
strrpos() on edge cases
--FILE--
<?php
var_dump(strrpos('hello', 'l'));
var_dump(strrpos('hello', 'l', -3));
var_dump(strrpos('hello', 'x'));
--EXPECT--
int(3)
int(2)
bool(false)
