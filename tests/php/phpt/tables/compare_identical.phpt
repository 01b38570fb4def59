--TEST--
strict equality (===) over a matrix of values
--FILE--
<?php
$v = [0, 1, -1, 1.5, '1', '1.0', 'abc', '1abc', '', ' 1', '1 ', null, true, false, [], [1], '0', '00', '1e1', INF, NAN];
$names = ['0', '1', '-1', '1.5', "'1'", "'1.0'", "'abc'", "'1abc'", "''", "' 1'", "'1 '", 'null', 'true', 'false', '[]', '[1]', "'0'", "'00'", "'1e1'", 'INF', 'NAN'];
foreach ($v as $i => $a) { $row = ''; foreach ($v as $j => $b) {
  $r = $a === $b; $row .= var_export($r, true) . ' '; }
  echo $names[$i], ': ', $row, "\n"; }
--EXPECT--
0: true false false false false false false false false false false false false false false false false false false false false 
1: false true false false false false false false false false false false false false false false false false false false false 
-1: false false true false false false false false false false false false false false false false false false false false false 
1.5: false false false true false false false false false false false false false false false false false false false false false 
'1': false false false false true false false false false false false false false false false false false false false false false 
'1.0': false false false false false true false false false false false false false false false false false false false false false 
'abc': false false false false false false true false false false false false false false false false false false false false false 
'1abc': false false false false false false false true false false false false false false false false false false false false false 
'': false false false false false false false false true false false false false false false false false false false false false 
' 1': false false false false false false false false false true false false false false false false false false false false false 
'1 ': false false false false false false false false false false true false false false false false false false false false false 
null: false false false false false false false false false false false true false false false false false false false false false 
true: false false false false false false false false false false false false true false false false false false false false false 
false: false false false false false false false false false false false false false true false false false false false false false 
[]: false false false false false false false false false false false false false false true false false false false false false 
[1]: false false false false false false false false false false false false false false false true false false false false false 
'0': false false false false false false false false false false false false false false false false true false false false false 
'00': false false false false false false false false false false false false false false false false false true false false false 
'1e1': false false false false false false false false false false false false false false false false false false true false false 
INF: false false false false false false false false false false false false false false false false false false false true false 
NAN: false false false false false false false false false false false false false false false false false false false false false
