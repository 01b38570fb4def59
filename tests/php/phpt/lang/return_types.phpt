--TEST--
declared return types: coercive conversions, TypeErrors with php's messages, none returned, never, static/self/parent, closures and arrow functions
--FILE--
<?php
function a(): int { return "5"; }
var_dump(a());
function b(): int { return "x"; }
try { b(); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
function c(): ?string { return 5; }
var_dump(c());
function d(): void { return; }
var_dump(d());
function e(): A { return new stdClass; }
try { e(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function h(): iterable { return 1; }
try { h(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function i(): callable { return "strlen"; }
var_dump(i());
function j(): object { return 1; }
try { j(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function k(): false { return 1; }
try { k(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function l(): int { }
try { l(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function l2(): ?int { if (false) return 1; }
try { l2(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function m(mixed $x): mixed { return $x; }
var_dump(m(1));
function gen(): Generator { yield 1; return 2; }
foreach (gen() as $v) var_dump($v);
function fl(): int { return 1.5; }
var_dump(fl());
function st(): int|string { static $s = 2.0; return $s; }
var_dump(st(), st());
function ref(): array { $a = [1]; $r = &$a; return $r; }
var_dump(ref());
function fin(): int { try { return "7"; } finally { echo "finally\n"; } }
var_dump(fin());
function nv(): never { }
try { nv(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class P {
  function a(): static { return $this; }
  function b(): self { return new stdClass; }
  static function c(): ?static { return null; }
  function d(): static|null { return 1; }
}
class Q extends P {
  function e(): parent { return new P; }
  function f(): parent { return $this; }
  function g(): parent { return new stdClass; }
}
echo get_class((new Q)->a()), "\n";
var_dump(Q::c());
echo get_class((new Q)->e()), get_class((new Q)->f()), "\n";
try { (new P)->b(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { (new Q)->d(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { (new Q)->g(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$c = function (): int { return "x"; };
try { $c(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a = fn(int $x): string => $x * 2;
var_dump($a(3));
$b = fn(): int => "nope";
try { $b(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(5)
b(): Return value must be of type int, string returned @4
string(1) "5"
NULL
e(): Return value must be of type A, stdClass returned
h(): Return value must be of type Traversable|array, int returned
string(6) "strlen"
j(): Return value must be of type object, int returned
k(): Return value must be of type false, int returned
l(): Return value must be of type int, none returned
l2(): Return value must be of type ?int, none returned
int(1)
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 28
int(1)
int(2)
int(2)
array(1) {
  [0]=>
  int(1)
}
finally
int(7)
nv(): never-returning function must not implicitly return
Q
NULL
PQ
P::b(): Return value must be of type P, stdClass returned
P::d(): Return value must be of type ?Q, int returned
Q::g(): Return value must be of type P, stdClass returned
{closure}(): Return value must be of type int, string returned
string(1) "6"
{closure}(): Return value must be of type int, string returned
