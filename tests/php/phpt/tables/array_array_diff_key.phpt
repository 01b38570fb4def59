--TEST--
array_diff_key() on edge cases
--FILE--
<?php
var_dump(array_diff_key(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 9]));
--EXPECT--
array(2) {
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
