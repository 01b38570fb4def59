--TEST--
an exception thrown by a shutdown function is php's fatal error and ends the rest; exit()'s status is replaced by 255
--FILE--
<?php
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
register_shutdown_function(function () { echo "first\n"; throw new Exception("in shutdown"); });
register_shutdown_function(function () { echo "second\n"; });
echo "exiting\n";
exit(4);
--EXPECTF--
exiting
first

Fatal error: Uncaught Exception: in shutdown in %s:4
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in %s on line 4
destruct
