--TEST--
class members: a readonly promoted property needs a type
--FILE--
<?php
class A {
    public function __construct(public readonly $x) {}
}
echo "not reached\n";
--EXPECTF--
Fatal error: Readonly property A::$x must have type in %s on line 3
