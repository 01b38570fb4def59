--TEST--
vsprintf() on edge cases
--FILE--
<?php
var_dump(vsprintf('%04d-%02d-%02d', [2024, 1, 5]));
--EXPECT--
string(10) "2024-01-05"
