--TEST--
strripos() on edge cases
--FILE--
<?php
var_dump(strripos('HELLO', 'l'));
--EXPECT--
int(3)
