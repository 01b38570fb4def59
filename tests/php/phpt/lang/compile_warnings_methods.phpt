--TEST--
Compile-time warnings: magic methods that must be public, private final methods, printed before the script runs
--FILE--
<?php
echo "start\n";
class A {
    private function __call($m, $a) { echo "__call $m\n"; }
    protected function __get($n) { return 1; }
    private static function __callStatic($m, $a) {}
    private final function pf() {}
    final private function __construct() {}
    private function __clone() {}
    public function go() { $this->nope(); }
}
echo "end\n";
--EXPECTF--
Warning: The magic method A::__call() must have public visibility in %s on line 4

Warning: The magic method A::__get() must have public visibility in %s on line 5

Warning: The magic method A::__callStatic() must have public visibility in %s on line 6

Warning: Private methods cannot be final as they are never overridden by other classes in %s on line 7
start
end
