--TEST--
strtr() on edge cases
--FILE--
<?php
var_dump(strtr('Hi all', 'ai', 'eo'));
var_dump(strtr('Hi all', ['Hi' => 'Hello', 'all' => 'everyone']));
--EXPECT--
string(6) "Ho ell"
string(14) "Hello everyone"
