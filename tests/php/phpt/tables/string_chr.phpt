--TEST--
chr() on edge cases
--FILE--
<?php
var_dump(chr(65));
var_dump(chr(256 + 66));
var_dump(chr(-1));
--EXPECT--
string(1) "A"
string(1) "B"
string(1) "ÿ"
