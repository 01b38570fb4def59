--TEST--
array_flip() on edge cases
--FILE--
<?php
var_dump(array_flip(['a', 'b', 'a']));
--EXPECT--
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
}
