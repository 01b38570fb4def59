--TEST--
number_format() on edge cases
--FILE--
<?php
var_dump(number_format(1e15, 2));
var_dump(number_format(-0.5));
var_dump(number_format(0.5, 0));
--EXPECT--
string(24) "1,000,000,000,000,000.00"
string(2) "-1"
string(1) "1"
