--TEST--
ctype_xdigit() on edge cases
--FILE--
<?php
var_dump(ctype_xdigit('ff0A'));
var_dump(ctype_xdigit('fg'));
--EXPECT--
bool(true)
bool(false)
