<?php
// A loop of integer arithmetic and a branch (the classic "simple").
$n = (int)($argv[1] ?? 3000000);
$acc = 0;
for ($i = 0; $i < $n; $i++) {
    $acc += $i % 7 == 3 ? $i >> 2 : 1;
}
echo $acc, "\n";
