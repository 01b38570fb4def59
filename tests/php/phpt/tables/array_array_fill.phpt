--TEST--
array_fill() on edge cases
--FILE--
<?php
var_dump(array_fill(5, 3, 'x'));
var_dump(array_fill(-3, 2, 0));
--EXPECT--
array(3) {
  [5]=>
  string(1) "x"
  [6]=>
  string(1) "x"
  [7]=>
  string(1) "x"
}
array(2) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
}
