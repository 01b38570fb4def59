--TEST--
usort() with flags; the array afterwards
--FILE--
<?php
$a = [3, 1, 2];
var_dump(usort($a, fn($a, $b) => $a <=> $b));
var_dump($a);
$a = [[2, 'b'], [1, 'a'], [2, 'a']];
var_dump(usort($a, fn($a, $b) => $a[0] <=> $b[0]));
var_dump($a);
--EXPECT--
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
bool(true)
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    string(1) "b"
  }
  [2]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    string(1) "a"
  }
}
