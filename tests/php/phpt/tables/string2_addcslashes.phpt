--TEST--
addcslashes() on edge cases
--XFAIL--
addcslashes is not implemented
--FILE--
<?php
var_dump(addcslashes('foo[bar]', 'A..Z'));
var_dump(addcslashes("zoo['.']", 'z..A'));
--EXPECTF--
string(8) "foo[bar]"

Warning: addcslashes(): Invalid '..'-range, '..'-range needs to be incrementing in %s on line 3
string(10) "\zoo['\.']"
