--TEST--
strval() on edge cases
--FILE--
<?php
var_dump(strval(1.0));
var_dump(strval(0.1 + 0.2));
var_dump(strval(1e100));
var_dump(strval(-0.0));
var_dump(strval(true));
var_dump(strval(null));
var_dump(strval(PHP_INT_MAX));
--EXPECT--
string(1) "1"
string(3) "0.3"
string(8) "1.0E+100"
string(2) "-0"
string(1) "1"
string(0) ""
string(19) "9223372036854775807"
