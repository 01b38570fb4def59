<?php
// Two hashes with string keys, one accumulated into the other.
$n = (int)($argv[1] ?? 100);
$a = [];
for ($i = 0; $i < 10000; $i++) $a["key_$i"] = $i;
$b = [];
for ($r = 0; $r < $n; $r++)
    foreach ($a as $k => $v) $b[$k] = ($b[$k] ?? 0) + $v;
echo $b["key_1"], " ", $b["key_9999"], "\n";
