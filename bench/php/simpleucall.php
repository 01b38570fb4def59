<?php
// Calls of a small user function in a loop.
function twice($x) { return $x + $x; }
$n = (int)($argv[1] ?? 2000000);
$acc = 0;
for ($i = 0; $i < $n; $i++) {
    $acc += twice($i) & 1023;
}
echo $acc, "\n";
