--TEST--
str_pad() on edge cases
--FILE--
<?php
var_dump(str_pad('5', 3, '0', STR_PAD_LEFT));
var_dump(str_pad('abc', 10, '-=', STR_PAD_BOTH));
var_dump(str_pad('abc', 2));
var_dump(str_pad('ab', 7, 'xyz'));
--EXPECT--
string(3) "005"
string(10) "-=-abc-=-="
string(3) "abc"
string(7) "abxyzxy"
