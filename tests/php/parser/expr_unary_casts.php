<?php
$a = (int)$b; $c = (integer) $d; $e = (bool)$f; $g = (boolean)$h; $i = (float)$j; $k = (double)$l; $m = (string)$n; $o = (binary)$p; $q = (array)$r; $s = (object)$t;
$u = -$v; $w = +$x; $y = ~$z; $aa = !$bb; $cc = @$dd; $ee = @foo();
