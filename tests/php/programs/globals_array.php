<?php
$a = 1; $b = 'x';
function f() { echo $GLOBALS['a'], $GLOBALS['b'], "\n"; $GLOBALS['a'] = 5; $GLOBALS['newg'] = 'n'; }
f(); echo $a, $newg ?? '?', "\n";
function g() { global $newg; echo $newg, "\n"; } g();
echo isset($GLOBALS['a']) ? 'y' : 'n', count(array_filter(array_keys($GLOBALS), fn($k) => in_array($k, ['a', 'b']))), "\n";
