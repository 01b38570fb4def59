--TEST--
strrchr() on edge cases
--FILE--
<?php
var_dump(strrchr('a/b/c', '/'));
var_dump(strrchr('abc', 'x'));
--EXPECT--
string(2) "/c"
bool(false)
