--TEST--
array_slice() on edge cases
--FILE--
<?php
var_dump(array_slice([1, 2, 3], 5));
var_dump(array_slice([1, 2, 3], -1, 1, true));
--EXPECT--
array(0) {
}
array(1) {
  [2]=>
  int(3)
}
