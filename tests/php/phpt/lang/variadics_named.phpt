--TEST--
variadics, spread and named arguments
--FILE--
<?php
function f($a, $b = 2, ...$rest) { return "$a $b " . json_encode($rest); }
echo f(1), "\n", f(1, 3, 5, 7), "\n", f(...[1, 2, 3]), "\n", f(b: 9, a: 8), "\n";
function g(int ...$n) { return array_sum($n); }
echo g(1, 2, 3), "\n";
$args = ['a' => 'x', 'b' => 'y'];
echo f(...$args), "\n";
function g2($a) {}
try { g2(c: 1); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECT--
1 2 []
1 3 [5,7]
1 2 [3]
8 9 []
6
x y []
Error: Unknown named parameter $c
