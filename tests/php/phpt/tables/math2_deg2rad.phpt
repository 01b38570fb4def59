--TEST--
deg2rad() on edge cases
--FILE--
<?php
var_dump(deg2rad(180));
--EXPECT--
float(3.141592653589793)
