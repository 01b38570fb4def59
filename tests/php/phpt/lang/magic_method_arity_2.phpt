--TEST--
magic methods that take no parameters reject some
--FILE--
<?php
class Bad {
    function __toString($x): string { return ""; }
}
--EXPECTF--
Fatal error: Method Bad::__toString() cannot take arguments in %s on line 3
