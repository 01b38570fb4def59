--TEST--
array_merge_recursive() on edge cases
--FILE--
<?php
var_dump(array_merge_recursive(['a' => [1], 'b' => 2], ['a' => [3], 'b' => 4]));
--EXPECT--
array(2) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(3)
  }
  ["b"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(4)
  }
}
