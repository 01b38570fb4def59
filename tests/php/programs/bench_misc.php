<?php
// sieve, mandelbrot, ackermann, sorting
function sieve($n) { $flags = array_fill(0, $n + 1, true); $flags[0] = $flags[1] = false; for ($i = 2; $i * $i <= $n; $i++) if ($flags[$i]) for ($j = $i * $i; $j <= $n; $j += $i) $flags[$j] = false; return array_keys(array_filter($flags)); }
$primes = sieve(100000); echo count($primes), " ", $primes[count($primes) - 1], "\n";
function mandel($w, $h) { $out = ""; for ($y = 0; $y < $h; $y++) { for ($x = 0; $x < $w; $x++) { $cr = 2.0 * $x / $w - 1.5; $ci = 2.0 * $y / $h - 1.0; $zr = $zi = 0.0; $i = 0; while ($i < 50 && $zr * $zr + $zi * $zi < 4.0) { $t = $zr * $zr - $zi * $zi + $cr; $zi = 2.0 * $zr * $zi + $ci; $zr = $t; $i++; } $out .= $i == 50 ? "#" : "."; } $out .= "\n"; } return $out; }
echo mandel(40, 15);
function ack($m, $n) { if ($m == 0) return $n + 1; if ($n == 0) return ack($m - 1, 1); return ack($m - 1, ack($m, $n - 1)); }
echo ack(2, 3), " ", ack(3, 3), "\n";
mt_srand(1); $data = []; $x = 12345; for ($i = 0; $i < 2000; $i++) { $x = ($x * 1103515245 + 12345) % 2147483648; $data[] = $x % 1000; }
function quicksort($a) { if (count($a) < 2) return $a; $p = array_shift($a); $l = $r = []; foreach ($a as $v) { if ($v < $p) $l[] = $v; else $r[] = $v; } return array_merge(quicksort($l), [$p], quicksort($r)); }
$sorted = quicksort($data); $copy = $data; sort($copy); var_dump($sorted === $copy); echo $sorted[0], " ", $sorted[1999], "\n";
function bubble(array $a) { $n = count($a); for ($i = 0; $i < $n; $i++) for ($j = 0; $j < $n - 1 - $i; $j++) if ($a[$j] > $a[$j + 1]) { $t = $a[$j]; $a[$j] = $a[$j + 1]; $a[$j + 1] = $t; } return $a; }
echo implode(",", array_slice(bubble(array_slice($data, 0, 200)), 0, 10)), "\n";
$m = []; for ($i = 0; $i < 50; $i++) for ($j = 0; $j < 50; $j++) $m[$i][$j] = $i * $j % 7;
$sum = 0; foreach ($m as $row) $sum += array_sum($row); echo $sum, "\n";
$fib = [0, 1]; for ($i = 2; $i < 90; $i++) $fib[] = $fib[$i - 1] + $fib[$i - 2]; echo $fib[89], "\n";
