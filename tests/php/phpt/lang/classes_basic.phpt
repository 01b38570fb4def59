--TEST--
constructors with promotion, visibility, instanceof, clone
--FILE--
<?php
class Point {
    public function __construct(public int $x = 0, protected int $y = 0, private array $tags = []) {}
    public function withX(int $x): static { $c = clone $this; $c->x = $x; return $c; }
    public function __clone() { $this->tags[] = 'cloned'; }
}
$p = new Point(1, 2);
$q = $p->withX(5);
var_dump($p, $q, $q instanceof Point);
try { echo $p->y; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
object(Point)#1 (3) {
  ["x"]=>
  int(1)
  ["y":protected]=>
  int(2)
  ["tags":"Point":private]=>
  array(0) {
  }
}
object(Point)#2 (3) {
  ["x"]=>
  int(5)
  ["y":protected]=>
  int(2)
  ["tags":"Point":private]=>
  array(1) {
    [0]=>
    string(6) "cloned"
  }
}
bool(true)
Cannot access protected property Point::$y
