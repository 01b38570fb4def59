--TEST--
array key normalization
--FILE--
<?php
$a = [];
$a["1"] = 'string one'; $a[1.7] = 'float'; $a[true] = 'bool'; $a[null] = 'null'; $a["01"] = 'zero one'; $a["-5"] = 'neg'; $a[PHP_INT_MAX] = 'max';
var_dump($a);
try { $a[] = 'overflow'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$b = [5 => 'a']; $b[] = 'b'; $b["7"] = 'c'; $b[] = 'd'; var_dump(array_keys($b));
--EXPECTF--
Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 3
array(5) {
  [1]=>
  string(4) "bool"
  [""]=>
  string(4) "null"
  ["01"]=>
  string(8) "zero one"
  [-5]=>
  string(3) "neg"
  [9223372036854775807]=>
  string(3) "max"
}
Cannot add element to the array as the next element is already occupied
array(4) {
  [0]=>
  int(5)
  [1]=>
  int(6)
  [2]=>
  int(7)
  [3]=>
  int(8)
}
