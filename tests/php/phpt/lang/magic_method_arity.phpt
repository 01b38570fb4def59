--TEST--
magic methods with the wrong number of parameters are compile-time errors
--FILE--
<?php
echo "never printed\n";
class Ok {
    function __get($n) { return 1; }
    function __set($n, $v) {}
    function __call($n, $a) {}
}
class Bad {
    function __isset($a, $b) { return true; }
}
--EXPECTF--
Fatal error: Method Bad::__isset() must take exactly 1 argument in %s on line 9
