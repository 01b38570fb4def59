--TEST--
urldecode() on edge cases
--FILE--
<?php
var_dump(urldecode('a%20b+c'));
--EXPECT--
string(5) "a b c"
