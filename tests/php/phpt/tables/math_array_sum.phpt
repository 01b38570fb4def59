--TEST--
array_sum() on edge cases
--FILE--
<?php
var_dump(array_sum([0.1, 0.2]));
--EXPECT--
float(0.30000000000000004)
