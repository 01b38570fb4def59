--TEST--
count() on edge cases
--FILE--
<?php
var_dump(count([]));
--EXPECT--
int(0)
