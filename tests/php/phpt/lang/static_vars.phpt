--TEST--
static variables in functions and methods
--FILE--
<?php
function counter() { static $n = 0; return ++$n; }
counter(); counter(); echo counter(), "\n";
class A { function m() { static $calls = []; $calls[] = static::class; return $calls; } }
class B extends A {}
(new A)->m(); print_r((new B)->m()); print_r((new A)->m());
--EXPECT--
3
Array
(
    [0] => A
    [1] => B
)
Array
(
    [0] => A
    [1] => B
    [2] => A
)
