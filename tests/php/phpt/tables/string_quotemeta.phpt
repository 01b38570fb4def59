--TEST--
quotemeta() on edge cases
--FILE--
<?php
var_dump(quotemeta('1+1=2?'));
--EXPECT--
string(8) "1\+1=2\?"
