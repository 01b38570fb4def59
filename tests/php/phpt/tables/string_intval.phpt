--TEST--
intval() on edge cases
--FILE--
<?php
var_dump(intval('12abc'));
var_dump(intval(' 12'));
var_dump(intval('0x1A'));
var_dump(intval('0x1A', 16));
var_dump(intval('012', 0));
var_dump(intval('101', 2));
var_dump(intval(42.99));
var_dump(intval('1e3'));
var_dump(intval(null));
var_dump(intval([1]));
var_dump(intval([]));
--EXPECT--
int(12)
int(12)
int(0)
int(26)
int(10)
int(5)
int(42)
int(1000)
int(0)
int(1)
int(0)
