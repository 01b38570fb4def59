--TEST--
array_reverse() on edge cases
--FILE--
<?php
var_dump(array_reverse([1, 2, 3]));
var_dump(array_reverse(['x' => 1, 2, 3], true));
--EXPECT--
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(3) {
  [1]=>
  int(3)
  [0]=>
  int(2)
  ["x"]=>
  int(1)
}
