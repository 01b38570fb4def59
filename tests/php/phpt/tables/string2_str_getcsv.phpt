--TEST--
str_getcsv() on edge cases
--FILE--
<?php
var_dump(str_getcsv('a,b,"c,d",e'));
var_dump(str_getcsv('x;y', ';'));
var_dump(str_getcsv('"quoted ""inner""",2'));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(3) "c,d"
  [3]=>
  string(1) "e"
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(2) {
  [0]=>
  string(14) "quoted "inner""
  [1]=>
  string(1) "2"
}
