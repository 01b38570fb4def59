--TEST--
mb_str_split() on edge cases
--FILE--
<?php
var_dump(mb_str_split('añb'));
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function mb_str_split() in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
