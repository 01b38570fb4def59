--TEST--
array_key_last() on edge cases
--FILE--
<?php
var_dump(array_key_last([]));
--EXPECT--
NULL
