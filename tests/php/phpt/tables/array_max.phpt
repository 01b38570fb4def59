--TEST--
max() on edge cases
--FILE--
<?php
var_dump(max([1, 5, 3]));
var_dump(max(1, '5', 3.0));
var_dump(max('apple', 'banana'));
var_dump(max([1, 2], [1, 3]));
--EXPECT--
int(5)
string(1) "5"
string(6) "banana"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
