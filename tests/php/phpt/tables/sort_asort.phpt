--TEST--
asort() with flags; the array afterwards
--FILE--
<?php
$a = ['b' => 2, 'a' => 1, 'c' => 2];
var_dump(asort($a));
var_dump($a);
$a = ['x' => '10', 'y' => '9'];
var_dump(asort($a, SORT_STRING));
var_dump($a);
--EXPECT--
bool(true)
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(2)
}
bool(true)
array(2) {
  ["x"]=>
  string(2) "10"
  ["y"]=>
  string(1) "9"
}
