--TEST--
declared types: a built-in type in an intersection is a compile-time error
--FILE--
<?php
function f(iterable&Countable $x) {}
echo "not reached\n";
--EXPECTF--
Fatal error: Type Traversable|array cannot be part of an intersection type in %s on line 2
