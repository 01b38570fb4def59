--TEST--
krsort() with flags; the array afterwards
--FILE--
<?php
$a = [1 => 'a', 3 => 'b', 2 => 'c'];
var_dump(krsort($a));
var_dump($a);
--EXPECT--
bool(true)
array(3) {
  [3]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [1]=>
  string(1) "a"
}
