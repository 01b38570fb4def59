--TEST--
array_combine() on edge cases
--FILE--
<?php
var_dump(array_combine(['a', 'b'], [1, 2]));
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
