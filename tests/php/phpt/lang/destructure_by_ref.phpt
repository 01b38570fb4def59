--TEST--
Destructuring by reference: [&$a, [, &$b]] = $src, keyed items, mixed with by-value items, foreach over a pattern with references, missing elements created, a property as the source
--FILE--
<?php
$a = [1, [2, 3], 'k' => 4];
[&$x, [, &$y]] = $a;
$x = 10; $y = 30;
var_dump($a);
['k' => &$k, 0 => $v] = $a;
$k = 'kk'; $v = 'vv';
var_dump($a);
$arr = [[1, 2], [3, 4]];
foreach ($arr as [&$p, $q]) { $p *= 10; $q = 0; }
var_dump($arr);
$new = [];
[&$n1, [&$n2]] = $new;
$n1 = 'a'; $n2 = 'b';
var_dump($new);
$o = new stdClass; $o->list = [1, 2];
[, &$second] = $o->list;
$second = 'two';
var_dump($o);
--EXPECT--
array(3) {
  [0]=>
  &int(10)
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    &int(30)
  }
  ["k"]=>
  int(4)
}
array(3) {
  [0]=>
  &int(10)
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    &int(30)
  }
  ["k"]=>
  &string(2) "kk"
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(10)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    &int(30)
    [1]=>
    int(4)
  }
}
array(2) {
  [0]=>
  &string(1) "a"
  [1]=>
  array(1) {
    [0]=>
    &string(1) "b"
  }
}
object(stdClass)#1 (1) {
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    &string(3) "two"
  }
}
