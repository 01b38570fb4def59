--TEST--
max() on edge cases
--FILE--
<?php
var_dump(max('abc', 0));
var_dump(max([]));
var_dump(max('10', '9a'));
--EXPECTF--
string(3) "abc"

Fatal error: Uncaught ValueError: max(): Argument #1 ($value) must contain at least one element in %s:3
Stack trace:
#0 %s(3): max(Array)
#1 {main}
  thrown in %s on line 3
