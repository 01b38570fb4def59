--TEST--
str_repeat() on edge cases
--FILE--
<?php
var_dump(str_repeat('ab', 3));
var_dump(str_repeat('x', 0));
var_dump(str_repeat('', 5));
--EXPECT--
string(6) "ababab"
string(0) ""
string(0) ""
