--TEST--
less than (<) over a matrix of values
--FILE--
<?php
$v = [0, 1, -1, 1.5, '1', '1.0', 'abc', '1abc', '', ' 1', '1 ', null, true, false, [], [1], '0', '00', '1e1', INF, NAN];
$names = ['0', '1', '-1', '1.5', "'1'", "'1.0'", "'abc'", "'1abc'", "''", "' 1'", "'1 '", 'null', 'true', 'false', '[]', '[1]', "'0'", "'00'", "'1e1'", 'INF', 'NAN'];
foreach ($v as $i => $a) { $row = ''; foreach ($v as $j => $b) {
  $r = $a < $b; $row .= var_export($r, true) . ' '; }
  echo $names[$i], ': ', $row, "\n"; }
--EXPECT--
0: false true false true true true true true false true true false true false true true false false true true false 
1: false false false true false false true true false false false false false false true true false false true true false 
-1: true true false true true true true true false true true false false false true true true true true true false 
1.5: false false false false false false true true false false false false false false true true false false true true false 
'1': false false false true false false true true false false false false false false true true false false true true false 
'1.0': false false false true false false true true false false false false false false true true false false true true false 
'abc': false false false false false false false false false false false false false false true true false false false false false 
'1abc': false false false false false false true false false false false false false false true true false false true true false 
'': true true true true true true true true false true true false true false true true true true true true false 
' 1': false false false true false false true true false false false false false false true true false false true true false 
'1 ': false false false true false false true true false false false false false false true true false false true true false 
null: false true true true true true true true false true true false true false false true true true true true true 
true: false false false false false false false false false false false false false false false false false false false false false 
false: false true true true true true true true false true true false true false false true false true true true true 
[]: false false false false false false false false false false false false true false false true false false false false false 
[1]: false false false false false false false false false false false false false false false false false false false false false 
'0': false true false true true true true true false true true false true false true true false false true true false 
'00': false true false true true true true true false true true false false false true true false false true true false 
'1e1': false false false false false false true false false false false false false false true true false false false true false 
INF: false false false false false false true false false false false false false false true true false false false false false 
NAN: false false false false false false false false false false false false false false true true false false false false false
