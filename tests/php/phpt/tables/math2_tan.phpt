--TEST--
tan() on edge cases
--FILE--
<?php
var_dump(tan(M_PI_4));
--EXPECT--
float(0.9999999999999999)
