--TEST--
union, nullable, iterable, callable, object and false parameter types: coercive mode's choice of int, float, string, bool and php's messages
--FILE--
<?php
function f(int|string $x) { var_dump($x); }
f(1); f("a"); f(1.0); f(true);
try { f([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function h(int|float $x) { var_dump($x); }
h("1.5"); h("7"); h(true); h(" 5"); h("5.0 ");
try { h("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { h("5x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function n(int|bool $x) { var_dump($x); }
n("1"); n("x"); n(1.5);
function o(float|bool $x) { var_dump($x); }
o(5); o("5");
function p(string|bool $x) { var_dump($x); }
p(5); p(5.5);
function q(int|string $x) { var_dump($x); }
q(1.5); q(1e30); q(NAN);
q(new class { function __toString() { return "s"; } });
function m(Countable|array $x) { echo gettype($x), "\n"; }
m([]); m(new ArrayObject([]));
try { m(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class A {} class B {}
function r(A&Countable $x) {}
try { r(new A); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function s(A|B|null $x = null) { echo $x ? get_class($x) : "null", "\n"; }
s(); s(new B);
try { s(3); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function it(?iterable $x) { echo "iterable\n"; }
it([1]); it(new ArrayIterator([])); it(null);
try { it("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function it2(iterable|A|null $x) {}
try { it2("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function cb(callable $x) { echo "callable\n"; }
cb("strlen"); cb(fn() => 1); cb([new ArrayObject([]), 'count']);
try { cb("no_such_function"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function ob(?object $o) { echo "object\n"; }
ob(null); ob(new stdClass);
try { ob(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function un(int|string $x = null) { var_dump($x); }
un();
try { un([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function fa(int|false $x) { var_dump($x); }
fa(false); fa("3");
try { fa(true); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function va(int|string ...$xs) { var_dump($xs); }
va(1, "a", 2.0);
try { va(1, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function vi(int ...$xs) {}
try { vi([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class P {
  function b(?self $x) {}
  function c(self|int $x) {}
}
try { (new P)->b(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { (new P)->c("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function mx(mixed $x) { var_dump($x); }
mx(null);
--EXPECTF--
int(1)
string(1) "a"
int(1)
int(1)
f(): Argument #1 ($x) must be of type string|int, array given, called in %s on line 4
f(): Argument #1 ($x) must be of type string|int, null given, called in %s on line 5
float(1.5)
int(7)
int(1)
int(5)
float(5)
h(): Argument #1 ($x) must be of type int|float, string given, called in %s on line 8
h(): Argument #1 ($x) must be of type int|float, string given, called in %s on line 9
int(1)
bool(true)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 10
int(1)
float(5)
float(5)
string(1) "5"
string(3) "5.5"

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 16
int(1)
string(7) "1.0E+30"
string(3) "NAN"
string(1) "s"
array
object
m(): Argument #1 ($x) must be of type Countable|array, int given, called in %s on line 21
r(): Argument #1 ($x) must be of type A&Countable, A given, called in %s on line 24
null
B
s(): Argument #1 ($x) must be of type A|B|null, int given, called in %s on line 27
iterable
iterable
iterable
it(): Argument #1 ($x) must be of type Traversable|array|null, string given, called in %s on line 30
it2(): Argument #1 ($x) must be of type Traversable|A|array|null, string given, called in %s on line 32
callable
callable
callable
cb(): Argument #1 ($x) must be of type callable, string given, called in %s on line 35
object
object
ob(): Argument #1 ($o) must be of type ?object, int given, called in %s on line 38
NULL
un(): Argument #1 ($x) must be of type string|int|null, array given, called in %s on line 41
bool(false)
int(3)
int(1)
array(3) {
  [0]=>
  int(1)
  [1]=>
  string(1) "a"
  [2]=>
  int(2)
}
va(): Argument #2 must be of type string|int, array given, called in %s on line 47
vi(): Argument #1 must be of type int, array given, called in %s on line 49
P::b(): Argument #1 ($x) must be of type ?P, int given, called in %s on line 54
P::c(): Argument #1 ($x) must be of type P|int, string given, called in %s on line 55
NULL
