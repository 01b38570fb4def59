<?php
// Calls of a small built-in function in a loop.
$n = (int)($argv[1] ?? 2000000);
$acc = 0;
for ($i = 0; $i < $n; $i++) {
    $acc += abs($i - 1000);
}
echo $acc, "\n";
