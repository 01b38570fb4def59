--TEST--
hex2bin() on edge cases
--FILE--
<?php
var_dump(hex2bin('616263'));
--EXPECT--
string(3) "abc"
