--TEST--
array_values() on edge cases
--FILE--
<?php
var_dump(array_values(['x' => 'a', 'y' => 'b']));
--EXPECT--
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
