--TEST--
array_diff() on edge cases
--FILE--
<?php
var_dump(array_diff([1, 2, 3, 4], [2, 4]));
var_dump(array_diff(['a' => 1, 'b' => 2], [1]));
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
