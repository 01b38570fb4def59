--TEST--
uasort() with flags; the array afterwards
--FILE--
<?php
$a = ['a' => 3, 'b' => 1];
var_dump(uasort($a, fn($x, $y) => $x <=> $y));
var_dump($a);
--EXPECT--
bool(true)
array(2) {
  ["b"]=>
  int(1)
  ["a"]=>
  int(3)
}
