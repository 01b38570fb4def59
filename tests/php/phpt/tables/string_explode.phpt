--TEST--
explode() on edge cases
--FILE--
<?php
var_dump(explode(',', 'a,b,,c'));
var_dump(explode(',', 'a,b,c', 2));
var_dump(explode(',', 'a,b,c', -1));
var_dump(explode(',', ''));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(0) ""
}
