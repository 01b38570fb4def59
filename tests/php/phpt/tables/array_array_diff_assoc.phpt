--TEST--
array_diff_assoc() on edge cases
--FILE--
<?php
var_dump(array_diff_assoc(['a' => 1, 'b' => 2], ['a' => 1, 'b' => 3]));
--EXPECT--
array(1) {
  ["b"]=>
  int(2)
}
