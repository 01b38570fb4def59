--TEST--
array_merge() on edge cases
--FILE--
<?php
var_dump(array_merge(['a' => [1]], ['a' => [2]]));
--EXPECT--
array(1) {
  ["a"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
