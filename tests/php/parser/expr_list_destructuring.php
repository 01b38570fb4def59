<?php
list($a, $b) = [1, 2];
[$a, $b] = [$b, $a];
[, $b, , $d] = $arr;
list('x' => $x, 'y' => $y) = $p;
[[$a, $b], [$c, $d]] = $m;
[$a, &$b] = $arr;
list(, list($x)) = $q;
['k' => [$a]] = $r;
