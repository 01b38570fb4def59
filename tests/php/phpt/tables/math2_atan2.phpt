--TEST--
atan2() on edge cases
--FILE--
<?php
var_dump(atan2(1, 1));
--EXPECT--
float(0.7853981633974483)
