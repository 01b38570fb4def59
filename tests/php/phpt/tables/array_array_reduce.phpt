--TEST--
array_reduce() on edge cases
--FILE--
<?php
var_dump(array_reduce([1, 2, 3], fn($c, $x) => $c + $x));
var_dump(array_reduce([], fn($c, $x) => 0, 'init'));
--EXPECT--
int(6)
string(4) "init"
