--TEST--
floor() on edge cases
--FILE--
<?php
var_dump(floor(-0.5));
--EXPECT--
float(-1)
