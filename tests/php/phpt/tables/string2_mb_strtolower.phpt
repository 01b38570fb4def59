--TEST--
mb_strtolower() on edge cases
--FILE--
<?php
var_dump(mb_strtolower('HÉLLO'));
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function mb_strtolower() in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
