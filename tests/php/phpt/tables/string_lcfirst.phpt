--TEST--
lcfirst() on edge cases
--FILE--
<?php
var_dump(lcfirst('Hello'));
var_dump(lcfirst('ABC'));
--EXPECT--
string(5) "hello"
string(3) "aBC"
