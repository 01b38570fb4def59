<?php
$f = fn($x) => $x * 2;
$g = fn(int $x): int => $x + $y;
$h = static fn() => 1;
$i = fn&($x) => $x;
$j = fn($x) => fn($y) => $x + $y;
$k = #[A] fn() => 1;
$l = fn() => throw new E;
