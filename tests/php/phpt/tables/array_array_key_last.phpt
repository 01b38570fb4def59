--TEST--
array_key_last() on edge cases
--FILE--
<?php
var_dump(array_key_last([1, 2, 3]));
--EXPECT--
int(2)
