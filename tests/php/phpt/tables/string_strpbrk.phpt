--TEST--
strpbrk() on edge cases
--FILE--
<?php
var_dump(strpbrk('This is a test', 'st'));
--EXPECT--
string(11) "s is a test"
