--TEST--
count() on edge cases
--FILE--
<?php
var_dump(count([1, [2, 3]]));
var_dump(count([1, [2, 3]], COUNT_RECURSIVE));
--EXPECT--
int(2)
int(4)
