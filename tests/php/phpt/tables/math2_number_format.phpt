--TEST--
number_format() on edge cases
--FILE--
<?php
var_dump(number_format(2.675, 2));
--EXPECT--
string(4) "2.68"
