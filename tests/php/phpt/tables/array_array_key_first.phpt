--TEST--
array_key_first() on edge cases
--FILE--
<?php
var_dump(array_key_first(['x' => 1, 'y' => 2]));
var_dump(array_key_first([]));
--EXPECT--
string(1) "x"
NULL
