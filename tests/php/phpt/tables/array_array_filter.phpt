--TEST--
array_filter() on edge cases
--FILE--
<?php
var_dump(array_filter([1, 0, 2, null, '', 'a', '0']));
var_dump(array_filter([1, 2, 3, 4], fn($x) => $x % 2));
var_dump(array_filter(['a' => 1, 'b' => 2], fn($k) => $k != 'a', ARRAY_FILTER_USE_KEY));
var_dump(array_filter([1, 2], fn($v, $k) => $k == 1, ARRAY_FILTER_USE_BOTH));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [5]=>
  string(1) "a"
}
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array(1) {
  [1]=>
  int(2)
}
