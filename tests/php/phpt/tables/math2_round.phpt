--TEST--
round() on edge cases
--FILE--
<?php
var_dump(round(-0.4));
var_dump(round(1.45, 1));
var_dump(round(-1.45, 1));
var_dump(round(1234567.891, -3));
var_dump(round(PHP_INT_MAX));
--EXPECT--
float(-0)
float(1.5)
float(-1.5)
float(1235000)
float(9.223372036854776E+18)
