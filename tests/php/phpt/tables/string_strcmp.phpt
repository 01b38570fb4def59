--TEST--
strcmp() on edge cases
--FILE--
<?php
var_dump(strcmp('a', 'b'));
var_dump(strcmp('b', 'a'));
var_dump(strcmp('a', 'a'));
var_dump(strcmp('abc', 'ab'));
--EXPECT--
int(-1)
int(1)
int(0)
int(1)
