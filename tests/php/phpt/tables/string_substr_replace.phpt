--TEST--
substr_replace() on edge cases
--FILE--
<?php
var_dump(substr_replace('Hello', 'J', 0, 1));
var_dump(substr_replace('Hello', 'xx', -2));
var_dump(substr_replace('abc', 'X', 1, 0));
--EXPECT--
string(5) "Jello"
string(5) "Helxx"
string(4) "aXbc"
