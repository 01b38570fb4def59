--TEST--
implode() on edge cases
--FILE--
<?php
var_dump(implode(', ', ['a', 'b', 'c']));
var_dump(implode('', [1, 2.5, true, null]));
var_dump(implode(['x', 'y']));
--EXPECT--
string(7) "a, b, c"
string(5) "12.51"
string(2) "xy"
