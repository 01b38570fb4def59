--TEST--
arrays are values: assignment copies on write
--FILE--
<?php
$a = [1, 2, [3, 4]];
$b = $a;
$b[] = 5;
$b[2][] = 6;
var_dump($a, $b);
function mod(array $x) { $x['new'] = true; return $x; }
$c = mod($a);
var_dump(count($a), count($c));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(3) {
    [0]=>
    int(3)
    [1]=>
    int(4)
    [2]=>
    int(6)
  }
  [3]=>
  int(5)
}
int(3)
int(4)
