--TEST--
round() with PHP_ROUND_HALF_UP/DOWN/EVEN/ODD
--FILE--
<?php
foreach ([1.5, 2.5, -1.5, -2.5, 1.55] as $v) {
  foreach ([PHP_ROUND_HALF_UP, PHP_ROUND_HALF_DOWN, PHP_ROUND_HALF_EVEN, PHP_ROUND_HALF_ODD] as $m)
    echo round($v, $v == 1.55 ? 1 : 0, $m), ' ';
  echo "\n";
}
--EXPECT--
2 1 2 1 
3 2 2 3 
-2 -1 -2 -1 
-3 -2 -2 -3 
1.6 1.5 1.6 1.5
