--TEST--
ksort() with flags; the array afterwards
--FILE--
<?php
$a = ['b' => 1, 'a' => 2, 10 => 3, 9 => 4];
var_dump(ksort($a));
var_dump($a);
$a = ['10' => 1, '9' => 2, 'x' => 3];
var_dump(ksort($a, SORT_STRING));
var_dump($a);
--EXPECT--
bool(true)
array(4) {
  [9]=>
  int(4)
  [10]=>
  int(3)
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
}
bool(true)
array(3) {
  [10]=>
  int(1)
  [9]=>
  int(2)
  ["x"]=>
  int(3)
}
