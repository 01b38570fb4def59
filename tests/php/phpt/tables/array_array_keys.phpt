--TEST--
array_keys() on edge cases
--FILE--
<?php
var_dump(array_keys(['a' => 1, 'b' => 2, 'c' => 1]));
var_dump(array_keys(['a' => 1, 'b' => 2, 'c' => 1], 1));
var_dump(array_keys([1, '1', 1.0], '1', true));
--EXPECT--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
}
array(1) {
  [0]=>
  int(1)
}
