--TEST--
iterator_to_array() on edge cases
--FILE--
<?php
var_dump(iterator_to_array(new ArrayIterator(['a' => 1, 2])));
var_dump(iterator_to_array(new ArrayIterator(['a' => 1, 2]), false));
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  [0]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
