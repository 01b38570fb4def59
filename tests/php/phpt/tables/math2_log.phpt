--TEST--
log() on edge cases
--FILE--
<?php
var_dump(log(100, 10));
--EXPECT--
float(2)
