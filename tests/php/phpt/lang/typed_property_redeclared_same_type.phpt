--TEST--
typed properties redeclared by a subclass: the same type in another spelling is accepted, another type is php's fatal error
--FILE--
<?php
class X {}
class Y {}
class Sub extends X {}
class_alias('X', 'Alias');
class P { public X $p; public X|Sub $q; public object|iterable $r; }
class Q extends P { public Alias $p; public X $q; public object|array $r; }  // the same types for php
class A { public ?int $a = null; public X|Y $b; protected int|string $c = 1; public static ?X $s = null; }
class B extends A { public int|null $a = 2; public Y|X $b; public string|int $c = 3; public static X|null $s = null; }
$b = new B;
var_dump($b->a, $b->c);
$b->c = 4.0;
var_dump($b->c);
eval('class C extends B { public int $c; }');
echo "not reached\n";
--EXPECTF--
int(2)
int(3)
int(4)

Fatal error: Type of C::$c must be string|int (as in class B) in %s(14) : eval()'d code on line 1
