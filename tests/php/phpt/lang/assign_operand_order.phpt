--TEST--
Variables used as keys and objects of an assignment's target are read after the assigned value is evaluated, as php reads compiled variables where the fetch runs: $a[$i] = $i++, nested keys, compound assignment, .=, properties, destructuring, ??=
--FILE--
<?php
$i = 0; $a = []; $a[$i][$i = 2] = 5; echo json_encode($a), "\n";
$i = 0; $a = []; $a[$i] = $i++; echo json_encode($a), "\n";
$i = 0; $a = []; $a[$i] = ++$i; echo json_encode($a), "\n";
$i = 0; $a = []; $a[$i][$i + 1] = $i = 7; echo json_encode($a), "\n";
$i = 0; $a = [[1,2],[3,4]]; $a[$i][$i] += ($i = 1); echo json_encode($a), "\n";
$i = 0; $a = [1, 2]; $a[$i] .= ($i = 1); echo json_encode($a), "\n";
$i = 0; $a = [1, 2]; $a[$i]++; echo json_encode($a), "\n";
$o = new stdClass; $o2 = new stdClass; $x = $o; $x->p = ($x = $o2); var_dump(isset($o->p), isset($o2->p));
$o = new stdClass; $o2 = new stdClass; $x = $o; $x->p[0] = ($x = $o2); var_dump(isset($o->p), isset($o2->p));
$i = 0; $a = []; [$a[$i], $a[$i + 1]] = [$i = 3, 4]; echo json_encode($a), "\n";
$i = 0; $a = []; $r = &$a[$i]; $i = 4; echo json_encode($a), "\n";
$i = 0; $a = []; $a[$i] = &$i; echo json_encode(array_keys($a)), "\n";
$k = "a"; $s = []; $s[$k] ??= ($k = "b"); echo json_encode($s), "\n";
function f() { global $i; $i = 5; return 1; }
$i = 0; $a = []; $a[$i] = f(); var_dump($a);
function g() { global $p; $p = "y"; return 2; }
$o = new stdClass; $p = "x"; $o->$p = g(); var_dump((array)$o);
function h() { global $j; $j = 1; return 3; }
$b = [[0]]; $j = 0; $b[$j][$j] = h(); var_dump($b);
function local_order() {
  $k = 0; $arr = [];
  $arr[$k] = $k + 10;
  $arr[$k] = ($k = 2) + 1;
  $arr[$k][$k] = $k++;
  var_dump($arr);
  $arr2 = [];
  $arr2[$undef] = 1;
  $arr3 = [];
  $arr3[$undef2][$undef3] = $undef4;
  var_dump($arr2, $arr3);
}
local_order();
// keys that are expressions keep the value they had when evaluated
$c = [2 => [3 => 'v']];
$c[$i = 0][++$i] = $c[++$i][++$i];
$c[$i = 5][$i] = ++$i;
var_dump($c, $i);
--EXPECTF--
{"2":{"2":5}}
{"1":0}
{"1":1}
{"7":{"1":7}}
[[1,2],[3,5]]
[1,"21"]
[2,2]
bool(false)
bool(true)
bool(false)
bool(true)
{"3":3,"4":4}
[null]
[0]
{"b":"b"}
array(1) {
  [5]=>
  int(1)
}
array(1) {
  ["y"]=>
  int(2)
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(0)
  }
  [1]=>
  array(1) {
    [1]=>
    int(3)
  }
}
array(3) {
  [0]=>
  int(10)
  [2]=>
  int(3)
  [3]=>
  array(1) {
    [3]=>
    int(2)
  }
}

Warning: Undefined variable $undef in %s on line 28

Warning: Undefined variable $undef2 in %s on line 30

Warning: Undefined variable $undef3 in %s on line 30

Warning: Undefined variable $undef4 in %s on line 30
array(1) {
  [""]=>
  int(1)
}
array(1) {
  [""]=>
  array(1) {
    [""]=>
    NULL
  }
}
array(3) {
  [2]=>
  array(1) {
    [3]=>
    string(1) "v"
  }
  [0]=>
  array(1) {
    [1]=>
    string(1) "v"
  }
  [5]=>
  array(1) {
    [6]=>
    int(6)
  }
}
int(6)
