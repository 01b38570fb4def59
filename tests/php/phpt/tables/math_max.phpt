--TEST--
max() on edge cases
--FILE--
<?php
var_dump(max(PHP_INT_MAX, PHP_INT_MAX + 1));
--EXPECT--
int(9223372036854775807)
