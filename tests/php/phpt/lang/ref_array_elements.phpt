--TEST--
references to array elements and autovivification
--FILE--
<?php
$data = [];
$p = &$data['a']['b'];
$p = 5;
var_dump($data);
$list = [1, 2, 3];
foreach ($list as $k => &$v) { $v *= 10; }
unset($v);
var_dump($list);
--EXPECT--
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &int(5)
  }
}
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
