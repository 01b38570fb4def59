--TEST--
by-reference parameters are type-checked and converted in the caller's variable; function &f(): T checks its return; "none returned" names the closing brace's line; iterable in unions as php prints it
--FILE--
<?php
function f(int &$x) { var_dump($x); $x++; }
$a = "5"; f($a); var_dump($a);
$b = "abc";
try { f($b); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($b);
$arr = ["k" => "7"];
f($arr["k"]); var_dump($arr);
function fl(?float &$x, string &...$rest) { var_dump($x, $rest); }
$i = 3; $s1 = 1; $s2 = 2.5;
fl($i, $s1, $s2); var_dump($i, $s1, $s2);
$n = null; fl($n);
$o = new stdClass;
try { fl($i, $o); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class A { function m(array &$a) { $a[] = 1; } }
$x = 1;
try { (new A)->m($x); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function &g(): int { static $v = "7"; return $v; }
$r = &g(); var_dump($r);
$r2 = &g(); $r2 = "8"; var_dump(g());
function &h(): int { static $v = "x"; return $v; }
try { $r = &h(); var_dump($r); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function &h2(): ?string { $v = 12; return $v; }
var_dump(h2());
function n(): int {
  if (0) return 1;
  echo "x\n";
}
try { n(); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
$c = function (): string {
  echo "c\n";

};
try { $c(); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
class B { static function m(): array {
    return [] ?: throw new Exception("never");
  }
  function k(): B { if (false) return $this;
  }
}
try { (new B)->k(); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
function t1(iterable|A|null $x) {}
function t2(A|iterable $x) {}
function t3(iterable|null $x) {}
function t4(iterable|false $x) {}
function t5(?iterable $x) {}
foreach (['t1', 't2', 't3', 't4', 't5'] as $t) {
  echo (new ReflectionFunction($t))->getParameters()[0]->getType(), "\n";
  try { $t("x"); } catch (TypeError $e) { echo preg_replace('/, called.*/', '', $e->getMessage()), "\n"; }
}
--EXPECTF--
int(5)
int(6)
f(): Argument #1 ($x) must be of type int, string given, called in %s on line 5
string(3) "abc"
int(7)
array(1) {
  ["k"]=>
  int(8)
}
float(3)
array(2) {
  [0]=>
  &string(1) "1"
  [1]=>
  &string(3) "2.5"
}
float(3)
string(1) "1"
string(3) "2.5"
NULL
array(0) {
}
fl(): Argument #2 must be of type string, stdClass given, called in %s on line 14
A::m(): Argument #1 ($a) must be of type array, int given, called in %s on line 17
int(7)
int(8)
h(): Return value must be of type int, string returned
string(2) "12"
x
n(): Return value must be of type int, none returned @28
c
{closure}(): Return value must be of type string, none returned @33
B::k(): Return value must be of type B, none returned @39
Traversable|A|array|null
t1(): Argument #1 ($x) must be of type Traversable|A|array|null, string given
A|Traversable|array
t2(): Argument #1 ($x) must be of type A|Traversable|array, string given
Traversable|array|null
t3(): Argument #1 ($x) must be of type Traversable|array|null, string given
Traversable|array|false
t4(): Argument #1 ($x) must be of type Traversable|array|false, string given
?iterable
t5(): Argument #1 ($x) must be of type Traversable|array|null, string given
