--TEST--
declared types: a property cannot have type callable
--FILE--
<?php
class A { public ?callable $c; }
echo "not reached\n";
--EXPECTF--
Fatal error: Property A::$c cannot have type ?callable in %s on line 2
