--TEST--
base_convert() on edge cases
--FILE--
<?php
var_dump(base_convert('ff', 16, 2));
var_dump(base_convert('777', 8, 10));
--EXPECT--
string(8) "11111111"
string(3) "511"
