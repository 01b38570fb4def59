--TEST--
str_pad() on edge cases
--FILE--
<?php
var_dump(str_pad('x', -1));
--EXPECT--
string(1) "x"
