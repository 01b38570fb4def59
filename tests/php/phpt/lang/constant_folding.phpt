--TEST--
Operators on constant operands computed by the compiler give what the run time gives: int overflow to float, division and modulo (also by zero, at run time), shifts (negative and >= 64), powers, bitwise operators, nested constant expressions and built-in constants; the ones left to the run time still warn and throw
--FILE--
<?php
function show(...$v) { foreach ($v as $x) var_dump($x); }
show(1 + 2, 2 - 5, 3 * 4, 7 / 2, 8 / 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, 2 ** 63, (-2) ** 63, 10 ** 20);
show(PHP_INT_MAX + 1, PHP_INT_MIN - 1, PHP_INT_MAX * 2, -PHP_INT_MAX - 1, PHP_INT_MIN % -1, intdiv(PHP_INT_MIN, 1));
show(1.5 + 2, 0.1 + 0.2, 1e308 * 10, -1e308 * 10, 1 / 3, 2.5 * 4, 7.0 / 2);
show(1 << 3, 1 << 63, 1 << 64, -8 >> 1, -8 >> 64, 8 >> 65, 6 & 3, 6 | 3, 6 ^ 3, ~5, -(3 + 4), +(2 * 3));
show((1 + 2) * (3 + 4) - 10 / 4, ((2 ** 3) ** 2) % 5, 1 + 2 . "3", "a" . "b" . 1.5);
show(PHP_INT_SIZE * 8, M_PI * 2, PHP_FLOAT_EPSILON > 0);
try { var_dump(1 / 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(1 % 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(1 << -1); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(7.5 % 2);
var_dump(3.7 | 1);
var_dump("5" + 3, "abc" . 1);
try { var_dump("abc" * 2); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function inloop() { $s = 0; for ($i = 0; $i < 3; $i++) $s += 2 * 3 + 1; return $s; }
var_dump(inloop());
// assigned straight into variables (weft-php left `$x = 1 + 2;` undefined before)
function assigned() { $x = 1 + 2; $y = -PHP_INT_MAX - 1; $z = "a" . "b"; $w = 2 ** 0.5; return [$x, $y, $z, $w]; }
var_dump(assigned());
$g = 6 * 7;
var_dump($g);
--EXPECTF--
int(3)
int(-3)
int(12)
float(3.5)
int(4)
int(1)
int(-1)
int(1)
int(1024)
float(0.5)
float(9.223372036854776E+18)
int(-9223372036854775808)
float(1.0E+20)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
int(-9223372036854775808)
int(0)
int(-9223372036854775808)
float(3.5)
float(0.30000000000000004)
float(INF)
float(-INF)
float(0.3333333333333333)
float(10)
float(3.5)
int(8)
int(-9223372036854775808)
int(0)
int(-4)
int(-1)
int(0)
int(2)
int(7)
int(5)
int(-6)
int(-7)
int(6)
float(18.5)
int(4)
string(2) "33"
string(5) "ab1.5"
int(64)
float(6.283185307179586)
bool(true)
DivisionByZeroError: Division by zero
DivisionByZeroError: Modulo by zero
ArithmeticError: Bit shift by negative number

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 12
int(1)

Deprecated: Implicit conversion from float 3.7 to int loses precision in %s on line 13
int(3)
int(8)
string(4) "abc1"
TypeError: Unsupported operand types: string * int
int(21)
array(4) {
  [0]=>
  int(3)
  [1]=>
  int(-9223372036854775808)
  [2]=>
  string(2) "ab"
  [3]=>
  float(1.4142135623730951)
}
int(42)
