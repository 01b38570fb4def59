--TEST--
vsprintf() on edge cases
--FILE--
<?php
var_dump(vsprintf('%s is %d years', ['Tom', 30]));
--EXPECT--
string(15) "Tom is 30 years"
