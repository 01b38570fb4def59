--TEST--
array_sum() on edge cases
--FILE--
<?php
var_dump(array_sum([1, 2, 3.5]));
var_dump(array_sum([]));
var_dump(array_sum(['3', 4]));
--EXPECT--
float(6.5)
int(0)
int(7)
