--TEST--
dechex() on edge cases
--FILE--
<?php
var_dump(dechex(255));
var_dump(dechex(0));
--EXPECT--
string(2) "ff"
string(1) "0"
