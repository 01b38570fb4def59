--TEST--
shutdown functions after exit() and after an uncaught exception; exit() in one ends the rest, the destructors still run
--FILE--
<?php
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
register_shutdown_function(function () { echo "first\n"; exit(3); });
register_shutdown_function(function () { echo "not run\n"; });
function f() { throw new Exception("boom"); }
f();
--EXPECTF--
Fatal error: Uncaught Exception: boom in %s:6
Stack trace:
#0 %s(7): f()
#1 {main}
  thrown in %s on line 6
first
destruct
