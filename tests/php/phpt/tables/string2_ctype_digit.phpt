--TEST--
ctype_digit() on edge cases
--FILE--
<?php
var_dump(ctype_digit('123'));
var_dump(ctype_digit('12a'));
var_dump(ctype_digit(''));
--EXPECT--
bool(true)
bool(false)
bool(false)
