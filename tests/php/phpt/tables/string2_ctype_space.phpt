--TEST--
ctype_space() on edge cases
--FILE--
<?php
var_dump(ctype_space(" \n\t"));
--EXPECT--
bool(true)
