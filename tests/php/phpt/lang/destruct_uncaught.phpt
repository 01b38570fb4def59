--TEST--
destructors run after an uncaught exception
--FILE--
<?php
class D { function __destruct() { echo "destructed after the fatal error\n"; } }
$d = new D;
throw new RuntimeException("boom");
--EXPECTF--
Fatal error: Uncaught RuntimeException: boom in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
destructed after the fatal error
