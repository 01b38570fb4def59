<?php
$a = $b and $c or $d xor $e;
$x = !$a && $b || $c;
$y = $a ?? $b ?? $c;
$z = $a | $b ^ $c & $d;
