--TEST--
log10() on edge cases
--FILE--
<?php
var_dump(log10(1000));
var_dump(log10(0.001));
--EXPECT--
float(3)
float(-3)
