--TEST--
array_intersect_assoc() on edge cases
--FILE--
<?php
var_dump(array_intersect_assoc(['a' => 'g', 'b' => 'r'], ['a' => 'g', 'b' => 'x']));
--EXPECT--
array(1) {
  ["a"]=>
  string(1) "g"
}
