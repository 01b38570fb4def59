--TEST--
operator << over ints, floats, numeric and leading-numeric strings (warnings, TypeErrors)
--FILE--
<?php
try { var_dump(5 << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX << PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECTF--
int(160)
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 4
int(20)
int(80)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 6
int(10)

Warning: A non-numeric value encountered in %s on line 7
int(640)
int(10)
int(5)

Warning: A non-numeric value encountered in %s on line 10
int(5)
int(40)
int(0)
int(-96)
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 15
int(-12)
int(-48)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 17
int(-6)

Warning: A non-numeric value encountered in %s on line 18
int(-384)
int(-6)
int(-3)

Warning: A non-numeric value encountered in %s on line 21
int(-3)
int(-24)
int(0)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 24
int(64)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 25
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 26

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 26
int(8)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 27
int(32)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 28

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 28
int(4)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 29

Warning: A non-numeric value encountered in %s on line 29
int(256)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 30
int(4)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 31
int(2)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 32

Warning: A non-numeric value encountered in %s on line 32
int(2)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 33
int(16)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 34
int(0)
int(128)
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 37
int(16)
int(64)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 39
int(8)

Warning: A non-numeric value encountered in %s on line 40
int(512)
int(8)
int(4)

Warning: A non-numeric value encountered in %s on line 43
int(4)
int(32)
int(0)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 46
int(32)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 47
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 48

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 48
int(4)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 49
int(16)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 50

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 50
int(2)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 51

Warning: A non-numeric value encountered in %s on line 51
int(128)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 52
int(2)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 53
int(1)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 54

Warning: A non-numeric value encountered in %s on line 54
int(1)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 55
int(8)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 56
int(0)

Warning: A non-numeric value encountered in %s on line 57
int(224)

Warning: A non-numeric value encountered in %s on line 58
ArithmeticError: Bit shift by negative number

Warning: A non-numeric value encountered in %s on line 59

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 59
int(28)

Warning: A non-numeric value encountered in %s on line 60
int(112)

Warning: A non-numeric value encountered in %s on line 61

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 61
int(14)

Warning: A non-numeric value encountered in %s on line 62

Warning: A non-numeric value encountered in %s on line 62
int(896)

Warning: A non-numeric value encountered in %s on line 63
int(14)

Warning: A non-numeric value encountered in %s on line 64
int(7)

Warning: A non-numeric value encountered in %s on line 65

Warning: A non-numeric value encountered in %s on line 65
int(7)

Warning: A non-numeric value encountered in %s on line 66
int(56)

Warning: A non-numeric value encountered in %s on line 67
int(0)
int(32)
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 70
int(4)
int(16)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 72
int(2)

Warning: A non-numeric value encountered in %s on line 73
int(128)
int(2)
int(1)

Warning: A non-numeric value encountered in %s on line 76
int(1)
int(8)
int(0)
int(0)
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 81
int(0)
int(0)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 83
int(0)

Warning: A non-numeric value encountered in %s on line 84
int(0)
int(0)
int(0)

Warning: A non-numeric value encountered in %s on line 87
int(0)
int(0)
int(0)

Warning: A non-numeric value encountered in %s on line 90
int(0)

Warning: A non-numeric value encountered in %s on line 91
ArithmeticError: Bit shift by negative number

Warning: A non-numeric value encountered in %s on line 92

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 92
int(0)

Warning: A non-numeric value encountered in %s on line 93
int(0)

Warning: A non-numeric value encountered in %s on line 94

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 94
int(0)

Warning: A non-numeric value encountered in %s on line 95

Warning: A non-numeric value encountered in %s on line 95
int(0)

Warning: A non-numeric value encountered in %s on line 96
int(0)

Warning: A non-numeric value encountered in %s on line 97
int(0)

Warning: A non-numeric value encountered in %s on line 98

Warning: A non-numeric value encountered in %s on line 98
int(0)

Warning: A non-numeric value encountered in %s on line 99
int(0)

Warning: A non-numeric value encountered in %s on line 100
int(0)
int(96)
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 103
int(12)
int(48)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 105
int(6)

Warning: A non-numeric value encountered in %s on line 106
int(384)
int(6)
int(3)

Warning: A non-numeric value encountered in %s on line 109
int(3)
int(24)
int(0)
int(-32)
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 114
int(-4)
int(-16)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 116
int(-2)

Warning: A non-numeric value encountered in %s on line 117
int(-128)
int(-2)
int(9223372036854775807)

Warning: A non-numeric value encountered in %s on line 120
int(9223372036854775807)
int(-8)
int(0)
