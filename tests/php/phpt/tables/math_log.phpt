--TEST--
log() on edge cases
--FILE--
<?php
var_dump(log(M_E));
var_dump(log(8, 2));
var_dump(log(0));
--EXPECT--
float(1)
float(3)
float(-INF)
