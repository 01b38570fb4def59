--TEST--
mb_substr() on edge cases
--FILE--
<?php
var_dump(mb_substr('héllo wörld', 1, 4));
var_dump(mb_substr('héllo', -3));
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function mb_substr() in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
