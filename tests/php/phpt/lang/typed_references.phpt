--TEST--
typed references: a reference bound to typed properties checks and converts what is written through it (variables, by-reference parameters, op=, ++/--, untyped properties and arrays holding it), binding rules, auto-initialized arrays
--FILE--
<?php
class A {
    public int $i = 1;
    public float $f = 1.0;
    public string $s = "a";
    public ?int $n;
    public int $u;
    public ?array $arr = null;
    public ?int $ni = null;
    public $plain;
}
function show(callable $f) {
    try { $f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
function set_to(&$x, $v) { $x = $v; }

show(function () { $a = new A; $r = &$a->i; $r = "42"; var_dump($a->i); $r = "x"; });
show(function () { $a = new A; $r = &$a->f; $r = 4; var_dump($a->f, $r); });
show(function () { $a = new A; set_to($a->i, "7"); var_dump($a->i); set_to($a->i, []); });
show(function () { $a = new A; $r = &$a->i; $r += 2; $r .= "1"; var_dump($a->i); $r .= "e50"; });
show(function () { $a = new A; $r = &$a->i; $r = PHP_INT_MAX; $r++; });
show(function () { $a = new A; $r = &$a->i; $r = PHP_INT_MIN; --$r; });
show(function () { $a = new A; $a->plain = &$a->i; $a->plain = "9"; var_dump($a->i); $a->plain = 1.5; });
show(function () { $a = new A; $a->plain = &$a->i; $a->plain++; $a->plain -= 3; var_dump($a->i); });
show(function () { $a = new A; $r = &$a->u; });
show(function () { $a = new A; $r = &$a->n; var_dump($r); $r = "3"; var_dump($a->n); });
show(function () { $a = new A; $b = new A; $a->f = &$b->i; });
show(function () { $a = new A; $x = "5"; $a->i = &$x; var_dump($x); $a->s = &$x; });
show(function () { $a = new A; $x = "abc"; $a->i = &$x; });
show(function () { $a = new A; $b = new A; $r = &$a->i; $b->i = &$r; $r = "8"; var_dump($a->i, $b->i); $r = null; });
show(function () { $a = new A; $r = &$a->i; unset($a->i); $r = "free"; var_dump($r); });
show(function () { $a = new A; $r = &$a->i; $a->i = "12"; var_dump($r); $a->i = "no"; });
show(function () { $a = new A; $a->ni[] = 1; });
show(function () { $a = new A; $a->arr[] = 1; $a->arr["k"] = 2; var_dump($a->arr); });
show(function () { $a = new A; $a->u[] = 1; });
show(function () { $a = new A; $r = &$a->ni; $r[] = 1; });
show(function () { $a = new A; $r = &$a->arr; $r[] = 1; var_dump($a->arr); });
show(function () { $a = new A; unset($a->arr); $a->arr[0] .= "x"; });
show(function () { $a = new A; unset($a->arr); $a->arr[0][1] = 2; var_dump($a->arr); });
echo "done\n";
--EXPECTF--
int(42)
TypeError: Cannot assign string to reference held by property A::$i of type int
float(4)
float(4)
int(7)
TypeError: Cannot assign array to reference held by property A::$i of type int
int(31)
TypeError: Cannot assign string to reference held by property A::$i of type int
TypeError: Cannot increment a reference held by property A::$i of type int past its maximal value
TypeError: Cannot decrement a reference held by property A::$i of type int past its minimal value
int(9)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 23
int(-1)
Error: Cannot access uninitialized non-nullable property A::$u by reference
NULL
int(3)
TypeError: Reference with value of type int held by property A::$i of type int is not compatible with property A::$f of type float
int(5)
TypeError: Reference with value of type int held by property A::$i of type int is not compatible with property A::$s of type string
TypeError: Cannot assign string to property A::$i of type int
int(8)
int(8)
TypeError: Cannot assign null to reference held by property A::$i of type int
string(4) "free"
int(12)
TypeError: Cannot assign string to property A::$i of type int
TypeError: Cannot auto-initialize an array inside property A::$ni of type ?int
array(2) {
  [0]=>
  int(1)
  ["k"]=>
  int(2)
}
TypeError: Cannot auto-initialize an array inside property A::$u of type int
TypeError: Cannot auto-initialize an array inside a reference held by property A::$ni of type ?int
array(1) {
  [0]=>
  int(1)
}
Error: Typed property A::$arr must not be accessed before initialization
array(1) {
  [0]=>
  array(1) {
    [1]=>
    int(2)
  }
}
done
