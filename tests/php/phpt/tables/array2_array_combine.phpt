--TEST--
array_combine() on edge cases
--FILE--
<?php
var_dump(array_combine([], []));
var_dump(array_combine([1], [1, 2]));
--EXPECTF--
array(0) {
}

Fatal error: Uncaught ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements in %s:3
Stack trace:
#0 %s(3): array_combine(Array, Array)
#1 {main}
  thrown in %s on line 3
