<?php
// String keys made from numbers (dechex), then looked up.
$n = (int)($argv[1] ?? 200000);
$h = [];
for ($i = 1; $i <= $n; $i++) $h[dechex($i)] = $i;
$found = 0;
for ($i = $n; $i > 0; $i--) if (isset($h[(string)$i])) $found++;
echo $found, "\n";
