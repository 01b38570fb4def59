--TEST--
foreach by reference leaves the last element referenced
--XFAIL--
weft-php keeps no reference counts, so var_dump cannot mark an array element that is still
shared by a reference with & (php does while another holder of the reference is alive)
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {}
foreach ($a as $v) {}
var_dump($a);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  &int(2)
}
