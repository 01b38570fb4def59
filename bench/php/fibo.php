<?php
// Naive recursive Fibonacci.
function fib($n) { return $n < 2 ? 1 : fib($n - 2) + fib($n - 1); }
$n = (int)($argv[1] ?? 27);
echo fib($n), "\n";
