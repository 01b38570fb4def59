--TEST--
array_intersect() on edge cases
--FILE--
<?php
var_dump(array_intersect([1, 2, 3, 4], [2, 4, 6]));
--EXPECT--
array(2) {
  [1]=>
  int(2)
  [3]=>
  int(4)
}
