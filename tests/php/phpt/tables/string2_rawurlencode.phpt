--TEST--
rawurlencode() on edge cases
--FILE--
<?php
var_dump(rawurlencode('a b+c'));
--EXPECT--
string(9) "a%20b%2Bc"
