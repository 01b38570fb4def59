--TEST--
str_split() on edge cases
--FILE--
<?php
var_dump(str_split('abcdef', 4));
var_dump(str_split('abc'));
var_dump(str_split('', 2));
--EXPECT--
array(2) {
  [0]=>
  string(4) "abcd"
  [1]=>
  string(2) "ef"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(0) {
}
