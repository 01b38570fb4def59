--TEST--
var_dump of every kind of value
--FILE--
<?php
var_dump(null);
var_dump(false);
var_dump(true);
var_dump(0);
var_dump(-1);
var_dump(1.0);
var_dump(0.1 + 0.2);
var_dump(1e100);
var_dump(-0.0);
var_dump(1e15);
var_dump(123456789012345678);
var_dump('str');
var_dump("q'uo\"te\n");
var_dump([]);
var_dump([1, 2]);
var_dump(['a' => 1, 'b' => [true, null]]);
var_dump([3 => 'x', 'k' => 1.5]);
var_dump(NAN);
var_dump(INF);
var_dump((object)['p' => 1, 'q' => [2]]);
--EXPECT--
NULL
bool(false)
bool(true)
int(0)
int(-1)
float(1)
float(0.30000000000000004)
float(1.0E+100)
float(-0)
float(1000000000000000)
int(123456789012345678)
string(3) "str"
string(8) "q'uo"te
"
array(0) {
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(2) {
    [0]=>
    bool(true)
    [1]=>
    NULL
  }
}
array(2) {
  [3]=>
  string(1) "x"
  ["k"]=>
  float(1.5)
}
float(NAN)
float(INF)
object(stdClass)#1 (2) {
  ["p"]=>
  int(1)
  ["q"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
