--TEST--
is_nan() on edge cases
--FILE--
<?php
var_dump(is_nan(NAN));
var_dump(is_nan(1.0));
--EXPECT--
bool(true)
bool(false)
