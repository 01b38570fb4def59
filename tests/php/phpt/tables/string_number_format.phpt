--TEST--
number_format() on edge cases
--FILE--
<?php
var_dump(number_format(1234567.891));
var_dump(number_format(1234567.891, 2));
var_dump(number_format(1234567.891, 2, ',', '.'));
var_dump(number_format(0.5));
var_dump(number_format(-1234.567, 1));
var_dump(number_format(1.005, 2));
var_dump(number_format(1234.5, 0, '', ' '));
--EXPECT--
string(9) "1,234,568"
string(12) "1,234,567.89"
string(12) "1.234.567,89"
string(1) "1"
string(8) "-1,234.6"
string(4) "1.01"
string(5) "1 235"
