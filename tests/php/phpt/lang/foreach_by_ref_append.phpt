--TEST--
foreach by reference sees elements appended while iterating
--FILE--
<?php
$a = [1, 2];
foreach ($a as $k => &$v) {
    if ($k < 3) $a[] = $k + 10;
    echo "$k=$v\n";
}
unset($v);
echo count($a), "\n";
--EXPECT--
0=1
1=2
2=10
3=11
4=12
5
