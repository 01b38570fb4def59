--TEST--
class constant visibility: private and protected constants from inside and outside
--FILE--
<?php
class A {
    public const PUB = 'pub';
    protected const PROT = 'prot';
    private const PRIV = 'priv';
    public static function all() { return [self::PUB, self::PROT, self::PRIV]; }
}
class B extends A {
    public static function inherited() { return [static::PUB, parent::PROT]; }
    public static function privateOfParent() { return parent::PRIV; }
}
echo implode(',', A::all()), ' ', implode(',', B::inherited()), ' ', A::PUB, "\n";
foreach ([fn() => A::PROT, fn() => A::PRIV, fn() => B::privateOfParent()] as $f) {
    try { $f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
pub,prot,priv pub,prot pub
Cannot access protected constant A::PROT
Cannot access private constant A::PRIV
Cannot access private constant A::PRIV
