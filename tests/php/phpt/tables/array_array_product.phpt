--TEST--
array_product() on edge cases
--FILE--
<?php
var_dump(array_product([2, '3', 4]));
var_dump(array_product([]));
--EXPECT--
int(24)
int(1)
