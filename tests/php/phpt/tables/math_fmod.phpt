--TEST--
fmod() on edge cases
--FILE--
<?php
var_dump(fmod(7.5, 2));
var_dump(fmod(-7.5, 2));
var_dump(fmod(1, 0));
--EXPECT--
float(1.5)
float(-1.5)
float(NAN)
