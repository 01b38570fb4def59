--TEST--
array_flip() on edge cases
--FILE--
<?php
var_dump(array_flip([1 => 'a', 2 => 'b']));
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
