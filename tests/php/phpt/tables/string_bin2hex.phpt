--TEST--
bin2hex() on edge cases
--FILE--
<?php
var_dump(bin2hex('abc'));
var_dump(bin2hex("\0\xff"));
--EXPECT--
string(6) "616263"
string(4) "00ff"
