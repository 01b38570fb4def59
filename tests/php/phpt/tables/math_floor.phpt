--TEST--
floor() on edge cases
--FILE--
<?php
var_dump(floor(-1.5));
var_dump(floor(2));
var_dump(floor('3.7'));
--EXPECT--
float(-2)
float(2)
float(3)
