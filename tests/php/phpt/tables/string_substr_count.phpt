--TEST--
substr_count() on edge cases
--FILE--
<?php
var_dump(substr_count('hello hello', 'll'));
var_dump(substr_count('aaa', 'aa'));
var_dump(substr_count('abcabc', 'bc', 2));
--EXPECT--
int(2)
int(1)
int(1)
