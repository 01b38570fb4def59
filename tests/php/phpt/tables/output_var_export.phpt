--TEST--
var_export of every kind of value
--FILE--
<?php
var_export(null); echo "\n";
var_export(false); echo "\n";
var_export(true); echo "\n";
var_export(0); echo "\n";
var_export(-1); echo "\n";
var_export(1.0); echo "\n";
var_export(0.1 + 0.2); echo "\n";
var_export(1e100); echo "\n";
var_export(-0.0); echo "\n";
var_export(1e15); echo "\n";
var_export(123456789012345678); echo "\n";
var_export('str'); echo "\n";
var_export("q'uo\"te\n"); echo "\n";
var_export([]); echo "\n";
var_export([1, 2]); echo "\n";
var_export(['a' => 1, 'b' => [true, null]]); echo "\n";
var_export([3 => 'x', 'k' => 1.5]); echo "\n";
var_export(NAN); echo "\n";
var_export(INF); echo "\n";
var_export((object)['p' => 1, 'q' => [2]]); echo "\n";
--EXPECT--
NULL
false
true
0
-1
1.0
0.30000000000000004
1.0E+100
-0.0
1000000000000000.0
123456789012345678
'str'
'q\'uo"te
'
array (
)
array (
  0 => 1,
  1 => 2,
)
array (
  'a' => 1,
  'b' => 
  array (
    0 => true,
    1 => NULL,
  ),
)
array (
  3 => 'x',
  'k' => 1.5,
)
NAN
INF
(object) array(
   'p' => 1,
   'q' => 
  array (
    0 => 2,
  ),
)
