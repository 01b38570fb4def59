--TEST--
sort() with flags; the array afterwards
--FILE--
<?php
$a = [3, '10', 1, '2'];
var_dump(sort($a));
var_dump($a);
$a = ['b', 'a', 'C'];
var_dump(sort($a));
var_dump($a);
$a = ['10', '9', '2', '1'];
var_dump(sort($a, SORT_STRING));
var_dump($a);
$a = ['b', 'a', 'C'];
var_dump(sort($a, SORT_FLAG_CASE | SORT_STRING));
var_dump($a);
$a = ['img12', 'img10', 'img2'];
var_dump(sort($a, SORT_NATURAL));
var_dump($a);
$a = [1.5, '1.25', true, null];
var_dump(sort($a));
var_dump($a);
$a = ['x', 1, '1a', 0];
var_dump(sort($a));
var_dump($a);
--EXPECT--
bool(true)
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "2"
  [2]=>
  int(3)
  [3]=>
  string(2) "10"
}
bool(true)
array(3) {
  [0]=>
  string(1) "C"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
bool(true)
array(4) {
  [0]=>
  string(1) "1"
  [1]=>
  string(2) "10"
  [2]=>
  string(1) "2"
  [3]=>
  string(1) "9"
}
bool(true)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "C"
}
bool(true)
array(3) {
  [0]=>
  string(4) "img2"
  [1]=>
  string(5) "img10"
  [2]=>
  string(5) "img12"
}
bool(true)
array(4) {
  [0]=>
  NULL
  [1]=>
  string(4) "1.25"
  [2]=>
  float(1.5)
  [3]=>
  bool(true)
}
bool(true)
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  string(2) "1a"
  [3]=>
  string(1) "x"
}
