--TEST--
base_convert() on edge cases
--FILE--
<?php
var_dump(base_convert('zz', 36, 10));
--EXPECT--
string(4) "1295"
