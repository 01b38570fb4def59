--TEST--
count_chars() on edge cases
--FILE--
<?php
var_dump(count_chars('abca', 3));
--EXPECT--
string(3) "abc"
