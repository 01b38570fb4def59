--TEST--
strtoupper() on edge cases
--FILE--
<?php
var_dump(strtoupper('abc DEF 1'));
var_dump(strtoupper(''));
--EXPECT--
string(9) "ABC DEF 1"
string(0) ""
