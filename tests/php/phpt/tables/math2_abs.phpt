--TEST--
abs() on edge cases
--FILE--
<?php
var_dump(abs(-0.0));
--EXPECT--
float(0)
