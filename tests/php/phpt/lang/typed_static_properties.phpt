--TEST--
typed static properties: stores checked and converted, uninitialized reads, ++/-- and op=, references to them, inherited ones
--FILE--
<?php
class F {
    public static int $u;
    public static ?int $n;
    public static ?int $ni = null;
    public static int $i = 1;
    public static float $fl = 2;
    public static string $s = "x";
}
class G extends F {}
function show(callable $f) {
    try { $f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
show(function () { var_dump(F::$fl); var_dump(F::$u); });
show(function () { var_dump(isset(F::$u), F::$u ?? "default"); });
show(function () { $r = &F::$u; });
show(function () { $r = &F::$n; var_dump($r, F::$n); });
show(function () { F::$u++; });
show(function () { F::$u .= "x"; });
show(function () { F::$ni[] = 1; });
show(function () { F::$i = "5"; var_dump(F::$i); F::$i = "x"; });
show(function () { F::$i = PHP_INT_MAX; F::$i++; });
show(function () { F::$i = 5; $r = &F::$i; $r++; var_dump(F::$i); $r = "x"; });
show(function () { F::$s = 12; var_dump(F::$s); F::$s .= 3; var_dump(F::$s); F::$s = []; });
show(function () { G::$i = "77"; var_dump(F::$i); G::$i = 1.5; });
show(function () { $x = "8"; F::$i = &$x; var_dump($x, F::$i); $x = "y"; });
show(function () { $x = "zz"; F::$i = &$x; });
show(function () { F::$u = 3; var_dump(F::$u); });
echo "done\n";
--EXPECTF--
float(2)
Error: Typed static property F::$u must not be accessed before initialization
bool(false)
string(7) "default"
Error: Cannot access uninitialized non-nullable property F::$u by reference
NULL
NULL
Error: Typed static property F::$u must not be accessed before initialization
Error: Typed static property F::$u must not be accessed before initialization
TypeError: Cannot auto-initialize an array inside property F::$ni of type ?int
int(5)
TypeError: Cannot assign string to property F::$i of type int
TypeError: Cannot increment property F::$i of type int past its maximal value
int(6)
TypeError: Cannot assign string to reference held by property F::$i of type int
string(2) "12"
string(3) "123"
TypeError: Cannot assign array to property F::$s of type string
int(77)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 25
int(8)
int(8)
TypeError: Cannot assign string to reference held by property F::$i of type int
TypeError: Cannot assign string to property F::$i of type int
int(3)
done
