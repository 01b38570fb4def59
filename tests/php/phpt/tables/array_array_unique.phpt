--TEST--
array_unique() on edge cases
--FILE--
<?php
var_dump(array_unique([1, '1', 2, 2.0, 'a', 'A']));
var_dump(array_unique([3, 1, 3, 2, 1]));
--EXPECT--
array(4) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "A"
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [3]=>
  int(2)
}
