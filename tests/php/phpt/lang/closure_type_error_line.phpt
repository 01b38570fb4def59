--TEST--
a TypeError binding a closure's or arrow function's argument names the closure's line, the message the call's line
--FILE--
<?php
$c = function (int $x) {
    return $x;
};
try { $c("abc"); } catch (TypeError $e) { echo $e->getMessage(), " | line ", $e->getLine(), "\n"; }
$d = fn(int $x)
    => $x;
try {
    $d(
        "abc");
} catch (TypeError $e) { echo $e->getMessage(), " | line ", $e->getLine(), "\n"; }
class K {
    function get() { return static function (array $a) {}; }
}
$s = (new K)->get();
try { $s(1); } catch (TypeError $e) { echo $e->getMessage(), " | line ", $e->getLine(), "\n"; }
try { array_map(fn(string ...$s) => 1, [[1]]); } catch (TypeError $e) {
    echo get_class($e), " | line ", $e->getLine(), "\n";
}
$f = function (int $x = 0) {};
try { $f(null); } catch (TypeError $e) { echo $e->getMessage(), " | line ", $e->getLine(), "\n"; }
--EXPECTF--
{closure}(): Argument #1 ($x) must be of type int, string given, called in %s on line 5 | line 2
{closure}(): Argument #1 ($x) must be of type int, string given, called in %s on line 9 | line 6
K::{closure}(): Argument #1 ($a) must be of type array, int given, called in %s on line 16 | line 13
TypeError | line 17
{closure}(): Argument #1 ($x) must be of type int, null given, called in %s on line 21 | line 20
