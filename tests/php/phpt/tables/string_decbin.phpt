--TEST--
decbin() on edge cases
--FILE--
<?php
var_dump(decbin(10));
var_dump(decbin(0));
--EXPECT--
string(4) "1010"
string(1) "0"
