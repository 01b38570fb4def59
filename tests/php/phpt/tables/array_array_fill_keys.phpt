--TEST--
array_fill_keys() on edge cases
--FILE--
<?php
var_dump(array_fill_keys(['a', 5], 0));
--EXPECT--
array(2) {
  ["a"]=>
  int(0)
  [5]=>
  int(0)
}
