--TEST--
strlen() and ord(): php's errors name the parameter ($string, $character); ord() refuses arrays and objects and deprecates null as php 8.2
--FILE--
<?php
function show(callable $c) {
    try { var_dump($c()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
class S { function __toString(): string { return "zebra"; } }
show(fn() => strlen([]));
show(fn() => strlen(new stdClass));
show(fn() => strlen(null));
show(fn() => strlen(new S));
show(fn() => ord([]));
show(fn() => ord(null));
show(fn() => ord(new stdClass));
show(fn() => ord(new S));
show(fn() => ord(1.5));
show(fn() => ord(""));
show(fn() => ord(true));
$f = "ord";
show(fn() => $f([1]));
show(fn() => $f("a", "b"));
--EXPECTF--
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
TypeError: strlen(): Argument #1 ($string) must be of type string, stdClass given

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 8
int(0)
int(5)
TypeError: ord(): Argument #1 ($character) must be of type string, array given

Deprecated: ord(): Passing null to parameter #1 ($character) of type string is deprecated in %s on line 11
int(0)
TypeError: ord(): Argument #1 ($character) must be of type string, stdClass given
int(122)
int(49)
int(0)
int(49)
TypeError: ord(): Argument #1 ($character) must be of type string, array given
ArgumentCountError: ord() expects exactly 1 argument, 2 given
