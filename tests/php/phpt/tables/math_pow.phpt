--TEST--
pow() on edge cases
--FILE--
<?php
var_dump(pow(2, 10));
var_dump(pow(2, -1));
var_dump(pow(-8, 1/3));
var_dump(pow(0, 0));
var_dump(pow(2, 63));
var_dump(pow('3', '2'));
--EXPECT--
int(1024)
float(0.5)
float(NAN)
int(1)
float(9.223372036854776E+18)
int(9)
