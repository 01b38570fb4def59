--TEST--
array_merge() on edge cases
--FILE--
<?php
var_dump(array_merge([1, 2], [3]));
var_dump(array_merge(['a' => 1], ['a' => 2, 'b' => 3]));
var_dump(array_merge([5 => 'x'], [5 => 'y']));
var_dump(array_merge());
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(3)
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(0) {
}
