--TEST--
str_ireplace() on edge cases
--FILE--
<?php
var_dump(str_ireplace('A', 'x', 'aAa'));
--EXPECT--
string(3) "xxx"
