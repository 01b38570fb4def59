--TEST--
array_count_values() on edge cases
--FILE--
<?php
var_dump(array_count_values([1.5]));
--EXPECTF--
Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2
array(0) {
}
