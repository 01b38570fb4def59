--TEST--
foreach by value iterates over a snapshot
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as $k => $v) {
    if ($k == 0) { $a[] = 4; $a[1] = 'x'; }
    echo "$k=$v\n";
}
var_dump($a);
--EXPECT--
0=1
1=2
2=3
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "x"
  [2]=>
  int(3)
  [3]=>
  int(4)
}
