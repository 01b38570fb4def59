<?php
// Filling, copying and summing integer arrays.
$n = (int)($argv[1] ?? 300000);
$x = [];
for ($i = 0; $i < $n; $i++) $x[$i] = $i + 1;
$y = [];
for ($k = 0; $k < 5; $k++)
    for ($i = $n - 1; $i >= 0; $i--) $y[$i] = ($y[$i] ?? 0) + $x[$i];
echo $y[0], " ", $y[$n - 1], "\n";
