--TEST--
abs() on edge cases
--FILE--
<?php
var_dump(abs(-5));
var_dump(abs(-5.5));
var_dump(abs(PHP_INT_MIN));
var_dump(abs('-3'));
--EXPECT--
int(5)
float(5.5)
float(9.223372036854776E+18)
int(3)
