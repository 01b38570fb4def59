--TEST--
ctype_alpha() on edge cases
--FILE--
<?php
var_dump(ctype_alpha('abc'));
var_dump(ctype_alpha('ab1'));
--EXPECT--
bool(true)
bool(false)
