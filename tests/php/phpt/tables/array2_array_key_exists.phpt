--TEST--
array_key_exists() on edge cases
--FILE--
<?php
var_dump(array_key_exists(null, ['' => 1]));
--EXPECT--
bool(true)
