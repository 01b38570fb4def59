--TEST--
a private or protected destructor inherited from a parent is skipped at shutdown with php's warning naming the object's class
--FILE--
<?php
class Base {
    private function __destruct() { echo __METHOD__, "\n"; }
}
class Derived extends Base {}
class Prot {
    protected function __destruct() { echo __METHOD__, "\n"; }
}
class ProtChild extends Prot {}
$a = new Derived;
$b = new ProtChild;
echo "end\n";
--EXPECT--
end

Warning: Call to protected ProtChild::__destruct() from global scope during shutdown ignored in Unknown on line 0

Warning: Call to private Derived::__destruct() from global scope during shutdown ignored in Unknown on line 0
