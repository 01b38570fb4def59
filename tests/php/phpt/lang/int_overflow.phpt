--TEST--
integer overflow turns into float
--FILE--
<?php
var_dump(PHP_INT_MAX + 1, PHP_INT_MIN - 1, PHP_INT_MAX * 2, -PHP_INT_MIN, 0x7FFFFFFFFFFFFFFF, 9223372036854775808);
$i = PHP_INT_MAX; $i++; var_dump($i);
var_dump(intdiv(10, 3), 10 % 3, -10 % 3, 10.5 % 3, fdiv(1, 0), 7 <=> 3);
--EXPECTF--
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
float(9.223372036854776E+18)
int(9223372036854775807)
float(9.223372036854776E+18)
float(9.223372036854776E+18)

Deprecated: Implicit conversion from float 10.5 to int loses precision in %s on line 4
int(3)
int(1)
int(-1)
int(1)
float(INF)
int(1)
