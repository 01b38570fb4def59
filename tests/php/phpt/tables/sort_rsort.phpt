--TEST--
rsort() with flags; the array afterwards
--FILE--
<?php
$a = [3, 1, 2];
var_dump(rsort($a));
var_dump($a);
$a = ['a10', 'a9'];
var_dump(rsort($a, SORT_NATURAL));
var_dump($a);
--EXPECT--
bool(true)
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
bool(true)
array(2) {
  [0]=>
  string(3) "a10"
  [1]=>
  string(2) "a9"
}
