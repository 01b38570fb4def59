--TEST--
stripos() on edge cases
--FILE--
<?php
var_dump(stripos('HeLLo', 'll'));
var_dump(stripos('abc', 'C', 1));
--EXPECT--
int(2)
int(2)
