--TEST--
class members: one of each modifier, readonly typed properties
--FILE--
<?php
abstract class A {
    final public static function f() { return 1; }
    abstract protected function g();
    public function __construct(public readonly int $x = 2, protected readonly ?string $s = null) {}
    public readonly array $a;
}
class B extends A { protected function g() {} }
var_dump(A::f(), (new B)->x);
--EXPECT--
int(1)
int(2)
