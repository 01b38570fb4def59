--TEST--
number_format() on edge cases
--FILE--
<?php
var_dump(number_format(0.129, 2));
--EXPECT--
string(4) "0.13"
