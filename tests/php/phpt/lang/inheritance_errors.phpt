--TEST--
inheritance rules enforced at declaration
--FILE--
<?php
class Base { public function f(int $a, $b = 1) {} final public function locked() {} }
class Ok extends Base { public function f(int $a, $b = 1, $c = 2) {} }
echo "ok declared\n";
class Bad extends Base { public function f($a) {} }
echo "not reached\n";
--EXPECTF--
Fatal error: Declaration of Bad::f($a) must be compatible with Base::f(int $a, $b = 1) in %s on line 5
