--TEST--
operator - over ints, floats, numeric and leading-numeric strings (warnings, TypeErrors)
--FILE--
<?php
try { var_dump(5 - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX - PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECTF--
int(0)
int(8)
float(2.5)
int(1)
float(3.5)

Warning: A non-numeric value encountered in %s on line 7
int(-2)
int(4)
int(5)

Warning: A non-numeric value encountered in %s on line 10
int(5)
int(2)
int(-9223372036854775802)
int(-8)
int(0)
float(-5.5)
int(-7)
float(-4.5)

Warning: A non-numeric value encountered in %s on line 18
int(-10)
int(-4)
int(-3)

Warning: A non-numeric value encountered in %s on line 21
int(-3)
int(-6)
float(-9.223372036854776E+18)
float(-2.5)
float(5.5)
float(0)
float(-1.5)
float(1)

Warning: A non-numeric value encountered in %s on line 29
float(-4.5)
float(1.5)
float(2.5)

Warning: A non-numeric value encountered in %s on line 32
float(2.5)
float(-0.5)
float(-9.223372036854776E+18)
int(-1)
int(7)
float(1.5)
int(0)
float(2.5)

Warning: A non-numeric value encountered in %s on line 40
int(-3)
int(3)
int(4)

Warning: A non-numeric value encountered in %s on line 43
int(4)
int(1)
int(-9223372036854775803)
float(-3.5)
float(4.5)
float(-1)
float(-2.5)
float(0)

Warning: A non-numeric value encountered in %s on line 51
float(-5.5)
float(0.5)
float(1.5)

Warning: A non-numeric value encountered in %s on line 54
float(1.5)
float(-1.5)
float(-9.223372036854776E+18)

Warning: A non-numeric value encountered in %s on line 57
int(2)

Warning: A non-numeric value encountered in %s on line 58
int(10)

Warning: A non-numeric value encountered in %s on line 59
float(4.5)

Warning: A non-numeric value encountered in %s on line 60
int(3)

Warning: A non-numeric value encountered in %s on line 61
float(5.5)

Warning: A non-numeric value encountered in %s on line 62

Warning: A non-numeric value encountered in %s on line 62
int(0)

Warning: A non-numeric value encountered in %s on line 63
int(6)

Warning: A non-numeric value encountered in %s on line 64
int(7)

Warning: A non-numeric value encountered in %s on line 65

Warning: A non-numeric value encountered in %s on line 65
int(7)

Warning: A non-numeric value encountered in %s on line 66
int(4)

Warning: A non-numeric value encountered in %s on line 67
int(-9223372036854775800)
int(-4)
int(4)
float(-1.5)
int(-3)
float(-0.5)

Warning: A non-numeric value encountered in %s on line 73
int(-6)
int(0)
int(1)

Warning: A non-numeric value encountered in %s on line 76
int(1)
int(-2)
int(-9223372036854775806)
int(-5)
int(3)
float(-2.5)
int(-4)
float(-1.5)

Warning: A non-numeric value encountered in %s on line 84
int(-7)
int(-1)
int(0)

Warning: A non-numeric value encountered in %s on line 87
int(0)
int(-3)
int(-9223372036854775807)

Warning: A non-numeric value encountered in %s on line 90
int(-5)

Warning: A non-numeric value encountered in %s on line 91
int(3)

Warning: A non-numeric value encountered in %s on line 92
float(-2.5)

Warning: A non-numeric value encountered in %s on line 93
int(-4)

Warning: A non-numeric value encountered in %s on line 94
float(-1.5)

Warning: A non-numeric value encountered in %s on line 95

Warning: A non-numeric value encountered in %s on line 95
int(-7)

Warning: A non-numeric value encountered in %s on line 96
int(-1)

Warning: A non-numeric value encountered in %s on line 97
int(0)

Warning: A non-numeric value encountered in %s on line 98

Warning: A non-numeric value encountered in %s on line 98
int(0)

Warning: A non-numeric value encountered in %s on line 99
int(-3)

Warning: A non-numeric value encountered in %s on line 100
int(-9223372036854775807)
int(-2)
int(6)
float(0.5)
int(-1)
float(1.5)

Warning: A non-numeric value encountered in %s on line 106
int(-4)
int(2)
int(3)

Warning: A non-numeric value encountered in %s on line 109
int(3)
int(0)
int(-9223372036854775804)
int(9223372036854775802)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
int(9223372036854775803)
float(9.223372036854776E+18)

Warning: A non-numeric value encountered in %s on line 117
int(9223372036854775800)
int(9223372036854775806)
int(9223372036854775807)

Warning: A non-numeric value encountered in %s on line 120
int(9223372036854775807)
int(9223372036854775804)
int(0)
