--TEST--
ucfirst() on edge cases
--FILE--
<?php
var_dump(ucfirst('hello'));
var_dump(ucfirst(''));
var_dump(ucfirst('1abc'));
--EXPECT--
string(5) "Hello"
string(0) ""
string(4) "1abc"
