--TEST--
intdiv() on edge cases
--FILE--
<?php
var_dump(intdiv(7, 2));
var_dump(intdiv(-7, 2));
var_dump(intdiv(PHP_INT_MIN, -1));
var_dump(intdiv(1, 0));
--EXPECTF--
int(3)
int(-3)

Fatal error: Uncaught ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer in %s:4
Stack trace:
#0 %s(4): intdiv(-9223372036854775808, -1)
#1 {main}
  thrown in %s on line 4
