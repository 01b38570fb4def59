--TEST--
a reference inside an array survives copies
--FILE--
<?php
$x = 1;
$a = [&$x, 2];
$b = $a;
$b[0] = 'changed';
var_dump($x, $a[0]);
$b[1] = 'not shared';
var_dump($a[1]);
--EXPECT--
string(7) "changed"
string(7) "changed"
int(2)
