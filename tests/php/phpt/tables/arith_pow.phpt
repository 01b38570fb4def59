--TEST--
operator ** over ints, floats, numeric and leading-numeric strings (warnings, TypeErrors)
--FILE--
<?php
try { var_dump(5 ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX ** PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECTF--
int(3125)
float(0.008)
float(55.90169943749474)
int(625)
float(11.180339887498949)

Warning: A non-numeric value encountered in %s on line 7
int(78125)
int(5)
int(1)

Warning: A non-numeric value encountered in %s on line 10
int(1)
int(125)
float(INF)
int(-243)
float(-0.037037037037037035)
float(-15.588457268119896)
int(-81)
float(-5.196152422706632)

Warning: A non-numeric value encountered in %s on line 18
int(-2187)
int(-3)
int(-1)

Warning: A non-numeric value encountered in %s on line 21
int(-1)
int(-27)
float(-INF)
float(97.65625)
float(0.064)
float(9.882117688026186)
float(39.0625)
float(3.952847075210474)

Warning: A non-numeric value encountered in %s on line 29
float(610.3515625)
float(2.5)
float(1)

Warning: A non-numeric value encountered in %s on line 32
float(1)
float(15.625)
float(INF)
int(1024)
float(0.015625)
float(32)
int(256)
float(8)

Warning: A non-numeric value encountered in %s on line 40
int(16384)
int(4)
int(1)

Warning: A non-numeric value encountered in %s on line 43
int(1)
int(64)
float(INF)
float(7.59375)
float(0.2962962962962963)
float(2.7556759606310752)
float(5.0625)
float(1.8371173070873836)

Warning: A non-numeric value encountered in %s on line 51
float(17.0859375)
float(1.5)
float(1)

Warning: A non-numeric value encountered in %s on line 54
float(1)
float(3.375)
float(INF)

Warning: A non-numeric value encountered in %s on line 57
int(16807)

Warning: A non-numeric value encountered in %s on line 58
float(0.0029154518950437317)

Warning: A non-numeric value encountered in %s on line 59
float(129.64181424216494)

Warning: A non-numeric value encountered in %s on line 60
int(2401)

Warning: A non-numeric value encountered in %s on line 61
float(18.520259177452136)

Warning: A non-numeric value encountered in %s on line 62

Warning: A non-numeric value encountered in %s on line 62
int(823543)

Warning: A non-numeric value encountered in %s on line 63
int(7)

Warning: A non-numeric value encountered in %s on line 64
int(1)

Warning: A non-numeric value encountered in %s on line 65

Warning: A non-numeric value encountered in %s on line 65
int(1)

Warning: A non-numeric value encountered in %s on line 66
int(343)

Warning: A non-numeric value encountered in %s on line 67
float(INF)
int(1)
float(1)
float(1)
int(1)
float(1)

Warning: A non-numeric value encountered in %s on line 73
int(1)
int(1)
int(1)

Warning: A non-numeric value encountered in %s on line 76
int(1)
int(1)
int(1)
int(0)
float(INF)
float(0)
int(0)
float(0)

Warning: A non-numeric value encountered in %s on line 84
int(0)
int(0)
int(1)

Warning: A non-numeric value encountered in %s on line 87
int(1)
int(0)
int(0)

Warning: A non-numeric value encountered in %s on line 90
int(0)

Warning: A non-numeric value encountered in %s on line 91
float(INF)

Warning: A non-numeric value encountered in %s on line 92
float(0)

Warning: A non-numeric value encountered in %s on line 93
int(0)

Warning: A non-numeric value encountered in %s on line 94
float(0)

Warning: A non-numeric value encountered in %s on line 95

Warning: A non-numeric value encountered in %s on line 95
int(0)

Warning: A non-numeric value encountered in %s on line 96
int(0)

Warning: A non-numeric value encountered in %s on line 97
int(1)

Warning: A non-numeric value encountered in %s on line 98

Warning: A non-numeric value encountered in %s on line 98
int(1)

Warning: A non-numeric value encountered in %s on line 99
int(0)

Warning: A non-numeric value encountered in %s on line 100
int(0)
int(243)
float(0.037037037037037035)
float(15.588457268119896)
int(81)
float(5.196152422706632)

Warning: A non-numeric value encountered in %s on line 106
int(2187)
int(3)
int(1)

Warning: A non-numeric value encountered in %s on line 109
int(1)
int(27)
float(INF)
float(6.674959487252844E+94)
float(1.2744735289059618E-57)
float(2.5835942961798094E+47)
float(7.237005577332262E+75)
float(2.801138548739307E+28)

Warning: A non-numeric value encountered in %s on line 117
float(5.678427533559429E+132)
int(9223372036854775807)
int(1)

Warning: A non-numeric value encountered in %s on line 120
int(1)
float(7.846377169233351E+56)
float(INF)
