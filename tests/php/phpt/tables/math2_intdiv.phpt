--TEST--
intdiv() on edge cases
--FILE--
<?php
var_dump(intdiv(-7, -2));
--EXPECT--
int(3)
