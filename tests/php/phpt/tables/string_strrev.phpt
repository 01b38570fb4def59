--TEST--
strrev() on edge cases
--FILE--
<?php
var_dump(strrev('abc'));
var_dump(strrev(''));
--EXPECT--
string(3) "cba"
string(0) ""
