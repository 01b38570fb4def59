--TEST--
strict_types=1 with union and return types: only int to float converts; a return is checked in the callee's mode
--FILE--
<?php
declare(strict_types=1);
function f(int|string $x) { var_dump($x); }
try { f(1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(true); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function g(int|float $x) { var_dump($x); }
g(5); g(5.5);
function g2(float|string $x) { var_dump($x); }
g2(5);
function h(float $x): float { return 1; }
var_dump(h(2));
function i(): int { return "1"; }
try { i(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function j(): ?int { return null; }
var_dump(j());
function k(): string|bool { return 0; }
try { k(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_map(fn(int|string $x): int => $x, ["1", 2]));
--EXPECTF--
f(): Argument #1 ($x) must be of type string|int, float given, called in %s on line 4
f(): Argument #1 ($x) must be of type string|int, bool given, called in %s on line 5
int(5)
float(5.5)
float(5)
float(1)
i(): Return value must be of type int, string returned
NULL
k(): Return value must be of type string|bool, int returned

Fatal error: Uncaught TypeError: {closure}(): Return value must be of type int, string returned in %s:18
Stack trace:
#0 [internal function]: {closure}('1')
#1 %s(18): array_map(Object(Closure), Array)
#2 {main}
  thrown in %s on line 18
