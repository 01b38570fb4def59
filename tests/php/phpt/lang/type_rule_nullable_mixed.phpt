--TEST--
declared types: ?mixed is a compile-time error
--FILE--
<?php
function f(?mixed $x) {}
echo "not reached\n";
--EXPECTF--
Fatal error: Type mixed cannot be marked as nullable since mixed already includes null in %s on line 2
