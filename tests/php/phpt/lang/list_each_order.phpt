--TEST--
evaluation order of assignments and arguments
--FILE--
<?php
function t($x) { echo "t($x) "; return $x; }
$a = [];
$a[t(1)] = t(2);
echo "\n";
$i = 0; $arr = [$i++, $i++, $i];
print_r($arr);
$x = t('a') . t('b') . t('c'); echo "\n";
echo t(1) + t(2) * t(3), "\n";
--EXPECT--
t(1) t(2) 
Array
(
    [0] => 0
    [1] => 1
    [2] => 2
)
t(a) t(b) t(c) 
t(1) t(2) t(3) 7
