--TEST--
array_unique() on edge cases
--FILE--
<?php
var_dump(array_unique(['b', 'a', 'b'], SORT_STRING));
var_dump(array_unique([4, '4', '3', 4, 3, '3']));
--EXPECT--
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "a"
}
array(2) {
  [0]=>
  int(4)
  [2]=>
  string(1) "3"
}
