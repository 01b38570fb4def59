--TEST--
typed properties: an untyped property may not become typed in a subclass
--FILE--
<?php
class A { public $v = 1; }
class B extends A { public int $v = 2; }
echo "not reached\n";
--EXPECTF--
Fatal error: Type of B::$v must not be defined (as in class A) in %s on line 3
