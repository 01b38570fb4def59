--TEST--
references: assignment, functions, unset
--FILE--
<?php
$a = 1; $b = &$a; $b++;
var_dump($a);
unset($b); $b = 10;
var_dump($a);
function inc(&$v) { $v++; }
inc($a); var_dump($a);
$arr = [1, 2, 3];
inc($arr[1]); var_dump($arr);
inc($new['k']); var_dump($new);
--EXPECT--
int(2)
int(2)
int(3)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  int(3)
}
array(1) {
  ["k"]=>
  int(1)
}
