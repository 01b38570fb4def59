--TEST--
array_intersect_key() on edge cases
--FILE--
<?php
var_dump(array_intersect_key(['a' => 1, 'b' => 2], ['b' => 0, 'c' => 0]));
--EXPECT--
array(1) {
  ["b"]=>
  int(2)
}
