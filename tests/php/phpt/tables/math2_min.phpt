--TEST--
min() on edge cases
--FILE--
<?php
var_dump(min(null, false, 0));
--EXPECT--
NULL
