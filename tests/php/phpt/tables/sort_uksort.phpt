--TEST--
uksort() with flags; the array afterwards
--FILE--
<?php
$a = ['b' => 1, 'a' => 2];
var_dump(uksort($a, fn($x, $y) => strcmp($x, $y)));
var_dump($a);
--EXPECT--
bool(true)
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
}
