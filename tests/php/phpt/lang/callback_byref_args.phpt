--TEST--
callbacks given a value for a by-reference parameter warn as php does (call_user_func, usort, array_map, Closure::call, Reflection invoke); call_user_func_array's string keys name parameters; array_fill past PHP_INT_MAX
--FILE--
<?php
function g(&$a) { $a = 5; }
$v = 1;
call_user_func('g', $v); var_dump($v);
call_user_func_array('g', [$v]); var_dump($v);
call_user_func_array('g', [&$v]); var_dump($v);
$v = 1;
$rf = new ReflectionFunction('g');
$rf->invoke($v); var_dump($v);
$rf->invokeArgs([$v]); var_dump($v);
$rf->invokeArgs([&$v]); var_dump($v);
class C { function m(&$x) { $x = 9; } private function p(&$x, $y = 0) { $x = $y; } static function s(&$x) { $x = 's'; } }
$m = new ReflectionMethod('C', 'm');
$m->invoke(new C, $v); var_dump($v);
$m->invokeArgs(new C, [&$v]); var_dump($v);
$p = new ReflectionMethod('C', 'p');
$p->invokeArgs(new C, ['y' => 3, 'x' => &$v]); var_dump($v);
(new ReflectionMethod('C', 's'))->invokeArgs(null, [&$v]); var_dump($v);
$a = [3, 1, 2]; usort($a, function (&$x, $y) { return $x <=> $y; }); var_dump($a);
array_map('g', [1]);
class D {}
$c = function (&$x) { $x = 1; }; $c->call(new D, $v); var_dump($v);
function f($a, $b = 2, ...$r) { echo json_encode(func_get_args()), json_encode($r), "\n"; }
function h(&$a, $b = 0) { $a = 5; }
call_user_func_array('f', ['b' => 1, 'a' => 5]);
call_user_func_array('f', [1, 'x' => 5]);
foreach ([['f', ['b' => 1, 5]], ['h', ['b' => 1, 'a' => 5]], ['h', ['b' => 1]], ['f', [1, 'a' => 5]],
          ['f', ['c' => 5]], ['h', ['c' => 5]]] as [$fn, $args]) {
  try { call_user_func_array($fn, $args); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(call_user_func_array('strlen', ['abc']));
try { var_dump(array_fill(PHP_INT_MAX, 2, 0)); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(array_fill(PHP_INT_MAX - 1, 2, 0));
try { var_dump(array_fill(0, 2 ** 31, 0)); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
register_shutdown_function(function (&$x) { echo "shutdown $x\n"; }, 5);
--EXPECTF--
Warning: g(): Argument #1 ($a) must be passed by reference, value given in %s on line 4
int(1)

Warning: g(): Argument #1 ($a) must be passed by reference, value given in %s on line 5
int(1)
int(5)

Warning: g(): Argument #1 ($a) must be passed by reference, value given in %s on line 9
int(1)

Warning: g(): Argument #1 ($a) must be passed by reference, value given in %s on line 10
int(1)
int(5)

Warning: C::m(): Argument #1 ($x) must be passed by reference, value given in %s on line 14
int(5)
int(9)
int(3)
string(1) "s"

Warning: {closure}(): Argument #1 ($x) must be passed by reference, value given in %s on line 19

Warning: {closure}(): Argument #1 ($x) must be passed by reference, value given in %s on line 19

Warning: {closure}(): Argument #1 ($x) must be passed by reference, value given in %s on line 19
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}

Warning: g(): Argument #1 ($a) must be passed by reference, value given in %s on line 20

Warning: D::{closure}(): Argument #1 ($x) must be passed by reference, value given in %s on line 22
string(1) "s"
[5,1][]
[1]{"x":5}
Error: Cannot use positional argument after named argument

Warning: h(): Argument #1 ($a) must be passed by reference, value given in %s on line 29
ArgumentCountError: h(): Argument #1 ($a) not passed
Error: Named parameter $a overwrites previous argument
ArgumentCountError: Too few arguments to function f(), 0 passed in %s on line 29 and at least 1 expected
Error: Unknown named parameter $c
int(3)
Error: Cannot add element to the array as the next element is already occupied
array(2) {
  [9223372036854775806]=>
  int(0)
  [9223372036854775807]=>
  int(0)
}
ValueError: array_fill(): Argument #2 ($count) is too large

Warning: {closure}(): Argument #1 ($x) must be passed by reference, value given in Unknown on line 0
shutdown 5
