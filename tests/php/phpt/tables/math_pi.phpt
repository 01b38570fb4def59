--TEST--
pi() on edge cases
--FILE--
<?php
var_dump(pi());
--EXPECT--
float(3.141592653589793)
