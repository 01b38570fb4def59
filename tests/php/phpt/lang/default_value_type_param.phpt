--TEST--
a parameter's literal default that its type does not accept is php's compile-time fatal error (valid ones: int for float, null, constants)
--FILE--
<?php
function ok1(float $x = 1, ?int $y = null, int $z = PHP_INT_MAX, $u = "s", mixed $m = [], iterable $i = []) { var_dump($x); }
ok1();
function ok2(int $x = -1, bool $b = false, string|int $s = 5, A $a = null) { var_dump($x, $b, $s, $a); }
ok2();
function bad(int $a, int|string $x = false) {}
echo "not reached\n";
--EXPECTF--
Fatal error: Cannot use bool as default value for parameter $x of type string|int in %s on line 6
