--TEST--
array_search() on edge cases
--FILE--
<?php
var_dump(array_search('1', [0, 1, 2]));
var_dump(array_search('1', [0, 1, 2], true));
var_dump(array_search('x', ['a']));
--EXPECT--
int(1)
bool(false)
bool(false)
