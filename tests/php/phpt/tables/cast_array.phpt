--TEST--
(array) casts of scalars, arrays and special values
--FILE--
<?php
var_dump((array)0);
var_dump((array)-7);
var_dump((array)1.9);
var_dump((array)-1.9);
var_dump((array)1e20);
var_dump((array)'12');
var_dump((array)'12.5xyz');
var_dump((array)'abc');
var_dump((array)'');
var_dump((array)'0');
var_dump((array)null);
var_dump((array)true);
var_dump((array)false);
var_dump((array)[]);
var_dump((array)[0]);
var_dump((array)'  42');
var_dump((array)'0b11');
var_dump((array)'1_000');
var_dump((array)NAN);
--EXPECT--
array(1) {
  [0]=>
  int(0)
}
array(1) {
  [0]=>
  int(-7)
}
array(1) {
  [0]=>
  float(1.9)
}
array(1) {
  [0]=>
  float(-1.9)
}
array(1) {
  [0]=>
  float(1.0E+20)
}
array(1) {
  [0]=>
  string(2) "12"
}
array(1) {
  [0]=>
  string(7) "12.5xyz"
}
array(1) {
  [0]=>
  string(3) "abc"
}
array(1) {
  [0]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(1) "0"
}
array(0) {
}
array(1) {
  [0]=>
  bool(true)
}
array(1) {
  [0]=>
  bool(false)
}
array(0) {
}
array(1) {
  [0]=>
  int(0)
}
array(1) {
  [0]=>
  string(4) "  42"
}
array(1) {
  [0]=>
  string(4) "0b11"
}
array(1) {
  [0]=>
  string(5) "1_000"
}
array(1) {
  [0]=>
  float(NAN)
}
