--TEST--
strstr() on edge cases
--FILE--
<?php
var_dump(strstr('user@example.com', '@'));
var_dump(strstr('user@example.com', '@', true));
var_dump(strstr('abc', 'x'));
--EXPECT--
string(12) "@example.com"
string(4) "user"
bool(false)
