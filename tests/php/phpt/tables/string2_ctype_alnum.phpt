--TEST--
ctype_alnum() on edge cases
--FILE--
<?php
var_dump(ctype_alnum('a1'));
var_dump(ctype_alnum('a-1'));
--EXPECT--
bool(true)
bool(false)
