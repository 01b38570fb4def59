--TEST--
declare(strict_types=1): scalar parameters not coerced (int to float allowed; callbacks of built-ins stay coercive)
--FILE--
<?php
declare(strict_types=1);
function i(int $x) { return $x; }
function f(float $x) { return $x; }
function s(?string $x) { return $x; }
var_dump(i(5), f(5), s(null), s("a"));
foreach ([fn() => i("5"), fn() => i(5.0), fn() => s(5), fn() => f("1.5"), fn() => i(true)] as $c) {
  try { $c(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(array_map('i', ["7"]));
--EXPECTF--
int(5)
float(5)
NULL
string(1) "a"
i(): Argument #1 ($x) must be of type int, string given, called in %s on line 7
i(): Argument #1 ($x) must be of type int, float given, called in %s on line 7
s(): Argument #1 ($x) must be of type ?string, int given, called in %s on line 7
f(): Argument #1 ($x) must be of type float, string given, called in %s on line 7
i(): Argument #1 ($x) must be of type int, bool given, called in %s on line 7
array(1) {
  [0]=>
  int(7)
}
