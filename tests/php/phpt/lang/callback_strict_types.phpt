--TEST--
strict_types applies to call_user_func() and call_user_func_array() (php compiles them as calls from the calling code), not to other built-ins' callbacks
--FILE--
<?php declare(strict_types=1);
function f(int $a) { return $a; }
try { var_dump(call_user_func('f', "1")); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { var_dump(call_user_func_array('f', ["1"])); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(array_map('f', ["1"]));
var_dump(array_map(fn(int $x) => $x, [2.0]));
$a = ["2", "1"];
usort($a, fn(int $x, int $y) => $x <=> $y);
var_dump($a);
--EXPECTF--
f(): Argument #1 ($a) must be of type int, string given, called in %s on line 3
f(): Argument #1 ($a) must be of type int, string given, called in %s on line 4
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  int(2)
}
array(2) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "2"
}
