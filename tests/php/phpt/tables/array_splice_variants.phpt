--TEST--
array_splice: negative offsets, lengths, replacement, keys
--FILE--
<?php
$cases = [[1, null], [-2, 1], [1, -1], [0, 0, ['new']], [10, 0, 'x'], [-10, 2]];
foreach ($cases as $c) { $a = ['a' => 1, 2, 3, 'b' => 4, 5];
  $r = isset($c[2]) ? array_splice($a, $c[0], $c[1], $c[2]) : array_splice($a, $c[0], $c[1]);
  echo json_encode($r), ' ', json_encode($a), "\n"; }
--EXPECT--
{"0":2,"1":3,"b":4,"2":5} {"a":1}
{"b":4} {"a":1,"0":2,"1":3,"2":5}
{"0":2,"1":3,"b":4} {"a":1,"0":5}
[] {"0":"new","a":1,"1":2,"2":3,"b":4,"3":5}
[] {"a":1,"0":2,"1":3,"b":4,"2":5,"3":"x"}
{"a":1,"0":2} {"0":3,"b":4,"1":5}
