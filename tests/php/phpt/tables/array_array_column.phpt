--TEST--
array_column() on edge cases
--FILE--
<?php
var_dump(array_column([['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']], 'n'));
var_dump(array_column([['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']], 'n', 'id'));
var_dump(array_column([['id' => 1, 'n' => 'a'], ['id' => 2]], null, 'id'));
--EXPECT--
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(2) {
  [1]=>
  array(2) {
    ["id"]=>
    int(1)
    ["n"]=>
    string(1) "a"
  }
  [2]=>
  array(1) {
    ["id"]=>
    int(2)
  }
}
