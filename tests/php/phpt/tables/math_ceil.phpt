--TEST--
ceil() on edge cases
--FILE--
<?php
var_dump(ceil(-1.5));
var_dump(ceil(1.2));
--EXPECT--
float(-1)
float(2)
