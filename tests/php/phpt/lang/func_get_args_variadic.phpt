--TEST--
func_get_args()/func_get_arg() in variadic functions: the arguments as passed, not the variadic array
--FILE--
<?php
function f($a, ...$rest) { var_dump(func_get_args(), func_num_args()); }
f(1, 2, 3);
f(1);
function g(...$r) {
    var_dump(func_get_args());
    $r[] = 9;
    $r[0] = "changed";
    var_dump(func_get_args(), $r);
    var_dump(func_get_arg(1));
}
g("x", "y");
function h($a = 5, ...$r) { var_dump(func_get_args()); }
h();
function byref(&...$refs) { $refs[0] = 10; var_dump(func_get_args()); }
$p = 1; $q = 2;
byref($p, $q);
var_dump($p);
class C { function m(int ...$n) { return func_get_args(); } }
var_dump((new C)->m(1, "2", 3.0));
$cl = function ($first, ...$more) { return [func_num_args(), func_get_args()]; };
var_dump($cl("a", "b", "c"));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(3)
array(1) {
  [0]=>
  int(1)
}
int(1)
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(3) {
  [0]=>
  string(7) "changed"
  [1]=>
  string(1) "y"
  [2]=>
  int(9)
}
string(1) "y"
array(0) {
}
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(2)
}
int(10)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "c"
  }
}
