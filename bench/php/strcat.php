<?php
// Appending to a string in a loop.
$n = (int)($argv[1] ?? 1000000);
$s = "";
for ($i = 0; $i < $n; $i++) $s .= "hello\n";
echo strlen($s), "\n";
