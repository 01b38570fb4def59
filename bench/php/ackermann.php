<?php
// Ackermann's function: deep recursion with many calls.
function ack($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1));
}
$n = (int)($argv[1] ?? 7);
echo "ack(2,$n)=", ack(2, $n), " ack(3,$n)=", ack(3, $n), "\n";
