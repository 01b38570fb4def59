--TEST--
array_count_values() on edge cases
--FILE--
<?php
var_dump(array_count_values(['a', 'b', 'a', 1, '1']));
--EXPECT--
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [1]=>
  int(2)
}
