<?php
// Heapsort of pseudo-random floats (a linear congruential generator of its own).
function gen_random($max) {
    static $last = 42;
    $last = ($last * 3877 + 29573) % 139968;
    return $max * $last / 139968;
}
function heapsort_r($n, &$ra) {
    $l = ($n >> 1) + 1;
    $ir = $n;
    while (true) {
        if ($l > 1) {
            $rra = $ra[--$l];
        } else {
            $rra = $ra[$ir];
            $ra[$ir] = $ra[1];
            if (--$ir == 1) { $ra[1] = $rra; return; }
        }
        $i = $l;
        $j = $l << 1;
        while ($j <= $ir) {
            if ($j < $ir && $ra[$j] < $ra[$j + 1]) $j++;
            if ($rra < $ra[$j]) { $ra[$i] = $ra[$j]; $j += ($i = $j); } else { $j = $ir + 1; }
        }
        $ra[$i] = $rra;
    }
}
$n = (int)($argv[1] ?? 100000);
$ary = [0];
for ($i = 1; $i <= $n; $i++) $ary[$i] = gen_random(1);
heapsort_r($n, $ary);
printf("%.10f\n", $ary[$n]);
