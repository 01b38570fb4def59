--TEST--
var_dump marks with & the references that another variable, element or property still holds, as php does
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {}
var_dump($a);
unset($v);
var_dump($a);
$b = ['x' => 1];
$r = &$b['x'];
var_dump($b);
unset($r);
var_dump($b);
function f(&$p) { global $g; var_dump($g); }
$g = [1];
$q = &$g[0];
f($g);
$o = new stdClass;
$o->p = 5;
$z = &$o->p;
var_dump($o);
$x = 1;
var_dump([&$x]);
$arr = [[1,2],[3]];
foreach ($arr as &$row) foreach ($row as &$cell) $cell++;
var_dump($arr);
function inner(array &$arr) { $local = &$arr[0]; var_dump($arr); }
$m = [10, 20];
inner($m);
var_dump($m);
class Holder { public $items = []; static $s = [1]; }
$h = new Holder;
$h->items[] = 1;
$t = &$h->items[0];
var_dump($h);
$st = &Holder::$s[0];
var_dump(Holder::$s);
function counter() { static $c = [0]; $r = &$c[0]; $r++; var_dump($c); }
counter();
$fn = function () use (&$x) { return $x; };
var_dump([&$x]);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  &int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) {
  ["x"]=>
  &int(1)
}
array(1) {
  ["x"]=>
  int(1)
}
array(1) {
  [0]=>
  &int(1)
}
object(stdClass)#1 (1) {
  ["p"]=>
  &int(5)
}
array(1) {
  [0]=>
  &int(1)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
  [1]=>
  &array(1) {
    [0]=>
    &int(4)
  }
}
array(2) {
  [0]=>
  &int(10)
  [1]=>
  int(20)
}
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(20)
}
object(Holder)#2 (1) {
  ["items"]=>
  array(1) {
    [0]=>
    &int(1)
  }
}
array(1) {
  [0]=>
  &int(1)
}
array(1) {
  [0]=>
  &int(1)
}
array(1) {
  [0]=>
  &int(1)
}
