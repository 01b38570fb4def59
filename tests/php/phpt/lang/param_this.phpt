--TEST--
$this as a parameter name is a compile-time error
--FILE--
<?php
echo "never\n";
function f($this) {}
--EXPECTF--
Fatal error: Cannot use $this as parameter in %s on line 3
