--TEST--
ctype_lower() on edge cases
--FILE--
<?php
var_dump(ctype_lower('abc'));
--EXPECT--
bool(true)
