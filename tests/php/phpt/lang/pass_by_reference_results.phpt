--TEST--
by-reference parameters given call results (php's notice, or the reference a function &f() returns) and literals (Error)
--FILE--
<?php
function inc(&$x) { $x = ($x ?? 0) + 1; return $x; }
function val() { return 5; }
function &ref() { static $r = 10; return $r; }
class C { static function val() { return [3, 1, 2]; } function &r() { return $this->p; } public $p = 1; }
var_dump(inc(val()));
var_dump(inc(ref()), inc(ref()), ref());
$c = new C;
inc($c->r());
var_dump($c->p);
var_dump(array_shift(C::val()));
$stack = [[1, 2]];
var_dump(array_pop(array_shift($stack)));
try { inc(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function two($a, &$b) { $b = 'set'; }
try { two(1, 'x'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$m = 'inc';
try { $m(2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Notice: Only variables should be passed by reference in %s on line 6
int(6)
int(11)
int(12)
int(12)
int(2)

Notice: Only variables should be passed by reference in %s on line 11
int(3)

Notice: Only variables should be passed by reference in %s on line 13
int(2)
Error: inc(): Argument #1 ($x) cannot be passed by reference
two(): Argument #2 ($b) cannot be passed by reference
inc(): Argument #1 ($x) cannot be passed by reference
