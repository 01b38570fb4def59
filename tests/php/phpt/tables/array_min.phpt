--TEST--
min() on edge cases
--FILE--
<?php
var_dump(min([4, 2, 8]));
var_dump(min('10', 9));
--EXPECT--
int(2)
int(9)
