<?php
function A($i, $j) { return 1.0 / ((($i + $j) * ($i + $j + 1) >> 1) + $i + 1); }
function Av($n, $v) { $r = []; for ($i = 0; $i < $n; $i++) { $s = 0.0; for ($j = 0; $j < $n; $j++) $s += A($i, $j) * $v[$j]; $r[$i] = $s; } return $r; }
function Atv($n, $v) { $r = []; for ($i = 0; $i < $n; $i++) { $s = 0.0; for ($j = 0; $j < $n; $j++) $s += A($j, $i) * $v[$j]; $r[$i] = $s; } return $r; }
function AtAv($n, $v) { return Atv($n, Av($n, $v)); }
$n = (int)($argv[1] ?? 100); if ($n < 10) $n = 100;
$u = array_fill(0, $n, 1.0);
for ($i = 0; $i < 10; $i++) { $v = AtAv($n, $u); $u = AtAv($n, $v); }
$vBv = 0.0; $vv = 0.0;
for ($i = 0; $i < $n; $i++) { $vBv += $u[$i] * $v[$i]; $vv += $v[$i] * $v[$i]; }
printf("%0.9f\n", sqrt($vBv / $vv));
