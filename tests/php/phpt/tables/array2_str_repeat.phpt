--TEST--
str_repeat() on edge cases
--FILE--
<?php
var_dump(str_repeat('=', 3));
--EXPECT--
string(3) "==="
