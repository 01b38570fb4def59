--TEST--
calling private and protected methods from outside
--FILE--
<?php
class A {
    private function priv() { return 'priv'; }
    protected function prot() { return 'prot'; }
    public function viaThis() { return $this->priv() . $this->prot(); }
    public static function make() { return new static; }
    private function __construct() {}
}
echo A::make()->viaThis(), "\n";
foreach (['priv', 'prot'] as $m) {
    try { A::make()->$m(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
try { new A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
privprot
Call to private method A::priv() from global scope
Call to protected method A::prot() from global scope
Call to private A::__construct() from global scope
