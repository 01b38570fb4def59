--TEST--
array_fill_keys() on edge cases
--FILE--
<?php
var_dump(array_fill_keys([], 1));
--EXPECT--
array(0) {
}
