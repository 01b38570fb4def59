--TEST--
typed properties in strict mode: only int to float is converted
--FILE--
<?php
declare(strict_types=1);
class A { public int $i = 0; public float $f = 0.0; public string $s = ""; public ?bool $b = null; }
function show(callable $f) {
    try { $f(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$a = new A;
$a->f = 5; var_dump($a->f);
show(fn() => $a->i = "5");
show(fn() => $a->i = 5.0);
show(fn() => $a->s = 5);
show(fn() => $a->b = 0);
show(fn() => $a->s .= 1);
show(function () use ($a) { $a->i += 1.5; });
$a->i += 2; var_dump($a->i);
var_dump($a);
--EXPECT--
float(5)
Cannot assign string to property A::$i of type int
Cannot assign float to property A::$i of type int
Cannot assign int to property A::$s of type string
Cannot assign int to property A::$b of type ?bool
Cannot assign float to property A::$i of type int
int(2)
object(A)#1 (4) {
  ["i"]=>
  int(2)
  ["f"]=>
  float(5)
  ["s"]=>
  string(1) "1"
  ["b"]=>
  NULL
}
