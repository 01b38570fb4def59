--TEST--
strtolower() on edge cases
--FILE--
<?php
var_dump(strtolower('ABC def'));
var_dump(strtolower('ÀB'));
var_dump(strtolower(''));
--EXPECT--
string(7) "abc def"
string(3) "Àb"
string(0) ""
