--TEST--
class members: two access modifiers are a compile-time error
--FILE--
<?php
class A {
    public static private function f() {}
}
echo "not reached\n";
--EXPECTF--
Fatal error: Multiple access type modifiers are not allowed in %s on line 3
