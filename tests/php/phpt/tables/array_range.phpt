--TEST--
range() on edge cases
--FILE--
<?php
var_dump(range(1, 5));
var_dump(range(5, 1));
var_dump(range(0, 10, 3));
var_dump(range('a', 'e'));
var_dump(range(0, 1, 0.25));
var_dump(range('A', 'z', 10));
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(5) {
  [0]=>
  int(5)
  [1]=>
  int(4)
  [2]=>
  int(3)
  [3]=>
  int(2)
  [4]=>
  int(1)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(3)
  [2]=>
  int(6)
  [3]=>
  int(9)
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
}
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(6) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "K"
  [2]=>
  string(1) "U"
  [3]=>
  string(1) "_"
  [4]=>
  string(1) "i"
  [5]=>
  string(1) "s"
}
