<?php
$a = 'abc';
$b = 'it\'s';
$c = 'back\\slash';
$d = 'no $interp {$x} \n';
$e = b'binary';
$f = '';
$g = 'multi
line';
