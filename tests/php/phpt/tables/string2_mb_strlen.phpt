--TEST--
mb_strlen() on edge cases
--FILE--
<?php
var_dump(mb_strlen('héllo'));
var_dump(mb_strlen(''));
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function mb_strlen() in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
