--TEST--
floatval() on edge cases
--FILE--
<?php
var_dump(floatval('1.5abc'));
var_dump(floatval('abc'));
var_dump(floatval('1e3'));
var_dump(floatval('.5'));
--EXPECT--
float(1.5)
float(0)
float(1000)
float(0.5)
