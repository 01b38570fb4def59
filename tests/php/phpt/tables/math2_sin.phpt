--TEST--
sin() on edge cases
--FILE--
<?php
var_dump(sin(M_PI_2));
--EXPECT--
float(1)
