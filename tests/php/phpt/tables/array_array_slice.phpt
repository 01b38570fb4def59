--TEST--
array_slice() on edge cases
--FILE--
<?php
var_dump(array_slice([1, 2, 3, 4, 5], 1, 2));
var_dump(array_slice([1, 2, 3, 4, 5], -2));
var_dump(array_slice(['a' => 1, 5 => 2, 3], 1));
var_dump(array_slice(['a' => 1, 5 => 2, 3], 1, null, true));
--EXPECT--
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(5)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  [5]=>
  int(2)
  [6]=>
  int(3)
}
