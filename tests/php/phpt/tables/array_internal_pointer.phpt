--TEST--
current/next/prev/reset/end/key and each-style loops
--FILE--
<?php
$a = ['x' => 1, 'y' => 2, 'z' => 3];
var_dump(current($a), next($a), key($a), next($a), next($a), key($a), reset($a), end($a), prev($a));
$e = []; var_dump(current($e), end($e), key($e));
--EXPECT--
int(1)
int(2)
string(1) "y"
int(3)
bool(false)
NULL
int(1)
int(3)
int(2)
bool(false)
bool(false)
NULL
