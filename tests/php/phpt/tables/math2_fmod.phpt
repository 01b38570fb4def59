--TEST--
fmod() on edge cases
--FILE--
<?php
var_dump(fmod(10, 3.3));
--EXPECT--
float(0.10000000000000053)
