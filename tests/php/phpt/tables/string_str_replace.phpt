--TEST--
str_replace() on edge cases
--FILE--
<?php
var_dump(str_replace('a', 'b', 'banana'));
var_dump(str_replace(['a', 'b'], ['1', '2'], 'abcab'));
var_dump(str_replace(['a', 'b'], 'x', 'abc'));
var_dump(str_replace('', 'x', 'abc'));
--EXPECT--
string(6) "bbnbnb"
string(5) "12c12"
string(3) "xxc"
string(3) "abc"
