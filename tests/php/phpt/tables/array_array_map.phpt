--TEST--
array_map() on edge cases
--FILE--
<?php
var_dump(array_map(null, [1, 2], ['a', 'b']));
var_dump(array_map(fn($x) => $x * 2, ['a' => 1, 'b' => 2]));
var_dump(array_map(fn($a, $b) => $a . $b, [1, 2], ['x']));
--EXPECT--
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    string(1) "b"
  }
}
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(4)
}
array(2) {
  [0]=>
  string(2) "1x"
  [1]=>
  string(1) "2"
}
