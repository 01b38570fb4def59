--TEST--
mb_strtoupper() on edge cases
--FILE--
<?php
var_dump(mb_strtoupper('héllo'));
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function mb_strtoupper() in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
