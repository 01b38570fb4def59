--TEST--
sqrt() on edge cases
--FILE--
<?php
var_dump(sqrt(16));
var_dump(sqrt(2));
var_dump(sqrt(-1));
--EXPECT--
float(4)
float(1.4142135623730951)
float(NAN)
