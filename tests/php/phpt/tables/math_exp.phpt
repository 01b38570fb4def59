--TEST--
exp() on edge cases
--FILE--
<?php
var_dump(exp(1));
--EXPECT--
float(2.718281828459045)
