--TEST--
declared types: true|false is a compile-time error
--FILE--
<?php
function f(): true|false {}
echo "not reached\n";
--EXPECTF--
Fatal error: Type contains both true and false, bool should be used instead in %s on line 2
