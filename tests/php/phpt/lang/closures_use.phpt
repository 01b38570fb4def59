--TEST--
closures: use by value and by reference, $this, static
--FILE--
<?php
$x = 1;
$byVal = function () use ($x) { return $x; };
$byRef = function () use (&$x) { return ++$x; };
$x = 5;
echo $byVal(), ' ', $byRef(), ' ', $x, "\n";
class K { private $secret = 's3'; function getter() { return fn() => $this->secret; } }
echo (new K)->getter()(), "\n";
$unbound = function () { return $this->secret; };
echo Closure::bind($unbound, new K, K::class)(), "\n";
$st = static fn($a) => $a * 2;
echo $st(21), "\n";
$compose = fn(callable ...$fs) => fn($v) => array_reduce($fs, fn($acc, $f) => $f($acc), $v);
echo $compose('strtoupper', 'strrev', fn($s) => "[$s]")('abc'), "\n";
--EXPECT--
1 6 6
s3
s3
42
[CBA]
