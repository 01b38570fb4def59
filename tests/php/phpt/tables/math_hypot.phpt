--TEST--
hypot() on edge cases
--FILE--
<?php
var_dump(hypot(3, 4));
--EXPECT--
float(5)
