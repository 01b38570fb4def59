--TEST--
array_search() on edge cases
--FILE--
<?php
var_dump(array_search(null, ['a' => null]));
--EXPECT--
string(1) "a"
