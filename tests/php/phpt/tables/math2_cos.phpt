--TEST--
cos() on edge cases
--FILE--
<?php
var_dump(cos(0));
--EXPECT--
float(1)
