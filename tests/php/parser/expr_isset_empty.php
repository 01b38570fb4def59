<?php
$a = isset($b);
$c = isset($d, $e['f'], $g->h,);
$i = empty($j);
$k = empty(foo());
$l = eval('return 1;');
