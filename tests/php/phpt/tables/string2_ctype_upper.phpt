--TEST--
ctype_upper() on edge cases
--FILE--
<?php
var_dump(ctype_upper('ABC'));
var_dump(ctype_upper('AbC'));
--EXPECT--
bool(true)
bool(false)
