--TEST--
rtrim() on edge cases
--FILE--
<?php
var_dump(rtrim('x  \n'));
var_dump(rtrim('1.500', '0'));
var_dump(rtrim('abc', 'a..z'));
--EXPECT--
string(5) "x  \n"
string(3) "1.5"
string(0) ""
