--TEST--
typed properties: stores checked and converted (coercive and strict), defaults, uninitialized reads, unset and __get, ++/-- and op= checked
--FILE--
<?php
class A {
    public int $x = PHP_INT_MAX;
    public float $f = 1;
    public ?int $n;
    public int|string $u = 5;
    public ?A $next = null;
    public self $me;
    public bool $b = false;
    public string $s = "a";
    public array $arr = [];
    public static float $sf = 2;
    public readonly int $ro;
    function __construct() { $this->ro = "12"; }
}
function show(callable $f) {
    try { $f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$o = new A;
var_dump($o->f, A::$sf, $o->ro);
show(fn() => $o->x++);
show(function () use ($o) { $o->x += 1; });
var_dump($o->x);
$o->x = PHP_INT_MIN;
show(fn() => $o->x--);
var_dump($o->x);
$o->x = "42"; var_dump($o->x);
show(fn() => $o->x = "abc");
show(fn() => $o->x = []);
show(fn() => $o->x = null);
show(fn() => $o->x = new stdClass);
$o->x = 1.0; var_dump($o->x);
$o->x = 7.5; var_dump($o->x);
$o->u = 1.5; var_dump($o->u);
$o->u = "z"; var_dump($o->u);
$o->f = "3"; var_dump($o->f);
$o->f = 4; var_dump($o->f);
$o->b = 5; var_dump($o->b);
$o->s = 12; var_dump($o->s);
$o->s .= 3; var_dump($o->s);
$o->x = 5;
$o->x .= "1"; var_dump($o->x);
show(fn() => $o->x .= "a");
var_dump($o->x);
$o->f += 1; var_dump($o->f);
show(fn() => $o->n);
show(fn() => $o->n++);
var_dump(isset($o->n), $o->n ?? 'default');
$o->n = null; var_dump($o->n);
show(fn() => $o->me = new stdClass);
$o->me = $o; var_dump($o->me === $o);
show(fn() => $o->next = $o->me->b);
$o->next = new A; var_dump($o->next instanceof A); $o->next = null;
$o->arr[] = 1; $o->arr["k"] = 2; var_dump($o->arr);
show(fn() => $o->ro = 13);
unset($o->x);
show(fn() => $o->x);
$o->x = 3; var_dump($o->x);
class G { public int $i = 1; public int $j; function __get($n) { echo "__get($n)\n"; return 9; } }
$g = new G;
show(fn() => $g->j);
unset($g->i);
var_dump($g->i);
var_dump($o);
for ($k = 0; $k < 3; $k++) {  // the same sites with values of other types
    $v = [1, "2", 3.0][$k];
    $o->x = $v; $o->f = $v; $o->s = $v;
    var_dump($o->x, $o->f, $o->s);
}
--EXPECTF--
float(1)
float(2)
int(12)
TypeError: Cannot increment property A::$x of type int past its maximal value
TypeError: Cannot assign float to property A::$x of type int
int(9223372036854775807)
TypeError: Cannot decrement property A::$x of type int past its minimal value
int(-9223372036854775808)
int(42)
TypeError: Cannot assign string to property A::$x of type int
TypeError: Cannot assign array to property A::$x of type int
TypeError: Cannot assign null to property A::$x of type int
TypeError: Cannot assign stdClass to property A::$x of type int
int(1)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 33
int(7)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 34
int(1)
string(1) "z"
float(3)
float(4)
bool(true)
string(2) "12"
string(3) "123"
int(51)
TypeError: Cannot assign string to property A::$x of type int
int(51)
float(5)
Error: Typed property A::$n must not be accessed before initialization
Error: Typed property A::$n must not be accessed before initialization
bool(false)
string(7) "default"
NULL
TypeError: Cannot assign stdClass to property A::$me of type self
bool(true)
TypeError: Cannot assign bool to property A::$next of type ?A
bool(true)
array(2) {
  [0]=>
  int(1)
  ["k"]=>
  int(2)
}
Error: Cannot modify readonly property A::$ro
Error: Typed property A::$x must not be accessed before initialization
int(3)
Error: Typed property G::$j must not be accessed before initialization
__get(i)
int(9)
object(A)#1 (10) {
  ["x"]=>
  int(3)
  ["f"]=>
  float(5)
  ["n"]=>
  NULL
  ["u"]=>
  string(1) "z"
  ["next"]=>
  NULL
  ["me"]=>
  *RECURSION*
  ["b"]=>
  bool(true)
  ["s"]=>
  string(3) "123"
  ["arr"]=>
  array(2) {
    [0]=>
    int(1)
    ["k"]=>
    int(2)
  }
  ["ro"]=>
  int(12)
}
int(1)
float(1)
string(1) "1"
int(2)
float(2)
string(1) "2"
int(3)
float(3)
string(1) "3"
