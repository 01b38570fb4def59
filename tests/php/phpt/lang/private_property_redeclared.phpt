--TEST--
a private property redeclared by a subclass is a second property: each class's code sees its own, var_dump/print_r/get_object_vars show both
--FILE--
<?php
class A {
    private $p = "A::p";
    private $q = "A::q";
    function showA() { echo $this->p, "\n"; }
    function setA($v) { $this->p = $v; }
    function varsA() { return get_object_vars($this); }
}
class B extends A {
    private $p = "B::p";
    function showB() { echo $this->p, "\n"; }
    function setB($v) { $this->p = $v; }
}
class C extends B {
    public $p = "C::p";
}
$b = new B;
$b->showA();
$b->showB();
$b->setA("A changed");
$b->showA();
$b->showB();
$b->setB("B changed");
$b->showA();
$b->showB();
var_dump($b);
print_r($b);
echo "\n";
$c = new C;
$c->showA();
$c->showB();
echo $c->p, "\n";
$c->p = "C changed";
$c->showA();
$c->showB();
var_dump($c);
var_dump($b->varsA());
$f = function () { return $this->p; };
echo Closure::bind($f, $c, A::class)(), " ", Closure::bind($f, $c, B::class)(), " ", $f->call($c), "\n";
--EXPECT--
A::p
B::p
A changed
B::p
A changed
B changed
object(B)#1 (3) {
  ["p":"A":private]=>
  string(9) "A changed"
  ["q":"A":private]=>
  string(4) "A::q"
  ["p":"B":private]=>
  string(9) "B changed"
}
B Object
(
    [p:A:private] => A changed
    [q:A:private] => A::q
    [p:B:private] => B changed
)

A::p
B::p
C::p
A::p
B::p
object(C)#2 (4) {
  ["p":"A":private]=>
  string(4) "A::p"
  ["q":"A":private]=>
  string(4) "A::q"
  ["p":"B":private]=>
  string(4) "B::p"
  ["p"]=>
  string(9) "C changed"
}
array(2) {
  ["p"]=>
  string(9) "A changed"
  ["q"]=>
  string(4) "A::q"
}
A::p B::p C changed
