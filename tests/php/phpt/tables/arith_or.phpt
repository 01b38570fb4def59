--TEST--
operator | over ints, floats, numeric and leading-numeric strings (warnings, TypeErrors)
--FILE--
<?php
try { var_dump(5 | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX | PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECTF--
int(5)
int(-3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 4
int(7)
int(5)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 6
int(5)

Warning: A non-numeric value encountered in %s on line 7
int(7)
int(5)
int(5)

Warning: A non-numeric value encountered in %s on line 10
int(5)
int(7)
int(9223372036854775807)
int(-3)
int(-3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 15
int(-1)
int(-3)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 17
int(-3)

Warning: A non-numeric value encountered in %s on line 18
int(-1)
int(-3)
int(-3)

Warning: A non-numeric value encountered in %s on line 21
int(-3)
int(-1)
int(-1)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 24
int(7)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 25
int(-1)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 26

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 26
int(2)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 27
int(6)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 28

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 28
int(3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 29

Warning: A non-numeric value encountered in %s on line 29
int(7)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 30
int(3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 31
int(2)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 32

Warning: A non-numeric value encountered in %s on line 32
int(2)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 33
int(3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 34
int(9223372036854775807)
int(5)
int(-3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 37
int(6)
string(1) "4"
string(3) "5.5"
string(8) "7 apples"
int(5)
int(4)
string(4) "4x1A"
string(2) "43"
int(9223372036854775807)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 46
int(5)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 47
int(-3)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 48

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 48
int(3)
string(3) "5.5"
string(3) "1.5"
string(8) "7.upples"

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 52
int(1)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 53
int(1)
string(4) "1~5A"
string(3) "1?5"

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 56
int(9223372036854775807)

Warning: A non-numeric value encountered in %s on line 57
int(7)

Warning: A non-numeric value encountered in %s on line 58
int(-1)

Warning: A non-numeric value encountered in %s on line 59

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 59
int(7)
string(8) "7 apples"
string(8) "7.upples"
string(8) "7 apples"

Warning: A non-numeric value encountered in %s on line 63
int(7)

Warning: A non-numeric value encountered in %s on line 64
int(7)
string(8) "7xqqples"
string(8) "73apples"

Warning: A non-numeric value encountered in %s on line 67
int(9223372036854775807)
int(5)
int(-3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 70
int(3)
int(5)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 72
int(1)

Warning: A non-numeric value encountered in %s on line 73
int(7)
int(1)
int(1)

Warning: A non-numeric value encountered in %s on line 76
int(1)
int(3)
int(9223372036854775807)
int(5)
int(-3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 81
int(2)
int(4)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 83
int(1)

Warning: A non-numeric value encountered in %s on line 84
int(7)
int(1)
int(0)

Warning: A non-numeric value encountered in %s on line 87
int(0)
int(3)
int(9223372036854775807)

Warning: A non-numeric value encountered in %s on line 90
int(5)

Warning: A non-numeric value encountered in %s on line 91
int(-3)

Warning: A non-numeric value encountered in %s on line 92

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 92
int(2)
string(4) "4x1A"
string(4) "1~5A"
string(8) "7xqqples"

Warning: A non-numeric value encountered in %s on line 96
int(1)

Warning: A non-numeric value encountered in %s on line 97
int(0)
string(4) "0x1A"
string(4) "0{1A"

Warning: A non-numeric value encountered in %s on line 100
int(9223372036854775807)
int(7)
int(-1)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 103
int(3)
string(2) "43"
string(3) "1?5"
string(8) "73apples"
int(3)
int(3)
string(4) "0{1A"
string(2) " 3"
int(9223372036854775807)
int(9223372036854775807)
int(-1)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 114
int(9223372036854775807)
int(9223372036854775807)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 116
int(9223372036854775807)

Warning: A non-numeric value encountered in %s on line 117
int(9223372036854775807)
int(9223372036854775807)
int(9223372036854775807)

Warning: A non-numeric value encountered in %s on line 120
int(9223372036854775807)
int(9223372036854775807)
int(9223372036854775807)
