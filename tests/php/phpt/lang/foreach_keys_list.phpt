--TEST--
foreach with list() destructuring and keys
--FILE--
<?php
$rows = [[1, 'a'], [2, 'b']];
foreach ($rows as [$n, $s]) echo "$n:$s\n";
foreach (['x' => ['id' => 7, 'v' => 'q']] as $key => ['id' => $id, 'v' => $val]) echo "$key $id $val\n";
--EXPECT--
1:a
2:b
x 7 q
