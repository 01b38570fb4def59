--TEST--
declared types: void in a union is a compile-time error
--FILE--
<?php
function f(): void|int {}
echo "not reached\n";
--EXPECTF--
Fatal error: Void can only be used as a standalone type in %s on line 2
