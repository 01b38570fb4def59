--TEST--
arsort() with flags; the array afterwards
--FILE--
<?php
$a = ['b' => 2, 'a' => 1, 'c' => 3];
var_dump(arsort($a));
var_dump($a);
--EXPECT--
bool(true)
array(3) {
  ["c"]=>
  int(3)
  ["b"]=>
  int(2)
  ["a"]=>
  int(1)
}
