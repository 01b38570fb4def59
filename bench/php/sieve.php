<?php
// Sieve of Eratosthenes, repeated.
$n = (int)($argv[1] ?? 30);
$count = 0;
for ($r = 0; $r < $n; $r++) {
    $flags = array_fill(0, 8193, true);
    $count = 0;
    for ($i = 2; $i <= 8192; $i++) {
        if ($flags[$i]) {
            for ($k = $i + $i; $k <= 8192; $k += $i) $flags[$k] = false;
            $count++;
        }
    }
}
echo $count, "\n";
