--TEST--
shutdown functions run after a fatal error (memory exhaustion), the destructors do not
--FILE--
<?php
ini_set('memory_limit', '16M');
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
register_shutdown_function(function () { echo "shutdown after fatal\n"; });
$a = [];
while (true) $a[] = str_repeat('x', 1000);
--EXPECTF--
Fatal error: Allowed memory size of 16777216 bytes exhausted (tried to allocate %d bytes) in %s on line 7
shutdown after fatal
