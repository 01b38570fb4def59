--TEST--
round() on edge cases
--FILE--
<?php
var_dump(round(2.5));
var_dump(round(-2.5));
var_dump(round(1.955, 2));
var_dump(round(1234.5678, -2));
var_dump(round(5.045, 2));
var_dump(round(5.055, 2));
var_dump(round(3));
var_dump(round(0.285, 2));
--EXPECT--
float(3)
float(-3)
float(1.96)
float(1200)
float(5.05)
float(5.06)
float(3)
float(0.29)
