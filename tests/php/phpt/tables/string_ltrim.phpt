--TEST--
ltrim() on edge cases
--FILE--
<?php
var_dump(ltrim('  x  '));
var_dump(ltrim('0012', '0'));
--EXPECT--
string(3) "x  "
string(2) "12"
