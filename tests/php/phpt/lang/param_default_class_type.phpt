--TEST--
a class-typed parameter cannot default to a scalar
--FILE--
<?php
echo "never\n";
class T {
    function ok(?T $a = null, int $b = 1, T|int $c = 2) {}
    function f(?T $p = 'x') {}
}
--EXPECTF--
Fatal error: Cannot use string as default value for parameter $p of type ?T in %s on line 5
