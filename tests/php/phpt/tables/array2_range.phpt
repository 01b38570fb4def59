--TEST--
range() on edge cases
--FILE--
<?php
var_dump(range(10, 0, -5));
var_dump(range('z', 'w'));
var_dump(range(1, 2, 0.5));
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(5)
  [2]=>
  int(0)
}
array(4) {
  [0]=>
  string(1) "z"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "x"
  [3]=>
  string(1) "w"
}
array(3) {
  [0]=>
  float(1)
  [1]=>
  float(1.5)
  [2]=>
  float(2)
}
