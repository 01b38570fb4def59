--TEST--
rad2deg() on edge cases
--FILE--
<?php
var_dump(rad2deg(M_PI));
--EXPECT--
float(180)
