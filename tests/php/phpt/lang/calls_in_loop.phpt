--TEST--
User calls run inside the caller's interpreter loop: exceptions through several frames (finally, catch, destructors on unwinding), coercion errors, reference returns, deep recursion, generators and exit from nested calls
--FILE--
<?php
function leaf($x) {
    if ($x === 3) throw new RuntimeException("leaf $x");
    return $x * 2;
}
function middle($x) {
    try {
        return leaf($x) + 1;
    } finally {
        echo "finally middle $x\n";
    }
}
function top($x) {
    try {
        return middle($x);
    } catch (LogicException $e) {
        echo "wrong catch\n";
    }
}
foreach ([1, 3, 2] as $i) {
    try {
        echo "top($i) = ", top($i), "\n";
    } catch (RuntimeException $e) {
        echo "caught ", $e->getMessage(), " at line ", $e->getLine(), "\n";
        echo $e->getTraceAsString(), "\n";
    }
}

class D {
    function __construct(public $n) {}
    function __destruct() { echo "destruct {$this->n}\n"; }
}
function holds_d($n) {
    $d = new D($n);
    if ($n > 1) return holds_d($n - 1);
    throw new Exception("deep");
}
try {
    holds_d(3);
} catch (Exception $e) {
    echo "after unwinding: ", $e->getMessage(), "\n";
}
function returns_d($n) { $d = new D($n); return $n; }
echo "returned ", returns_d(7), "\n";

function typed(int $a, string $b) { return $a . $b; }
function calls_typed($a) { return typed($a, 5); }
echo calls_typed("12"), "\n";
try {
    echo calls_typed([1]), "\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

function &ref_to(array &$a) { return $a[0]; }
function uses_ref_value() { $a = [1, 2]; $v = ref_to($a); $v++; return $a[0] . "/" . $v; }
echo uses_ref_value(), "\n";

function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
echo depth(20000), "\n";

class Counter {
    private $n = 0;
    function add($k) { $this->n += $k; return $this; }
    function total() { return $this->n; }
    static function make() { return new static(); }
}
$c = Counter::make();
for ($i = 0; $i < 5; $i++) $c->add($i)->add(1);
echo $c->total(), "\n";

function square($x) { return $x * $x; }
function gen($n) {
    for ($i = 1; $i <= $n; $i++) yield $i => square($i);
}
foreach (gen(4) as $k => $v) echo "$k:$v ";
echo "\n";

function undefined_arg() { return square($nope); }
echo undefined_arg(), "\n";

register_shutdown_function(function () { echo "shutdown\n"; });
function quits($n) { echo "quits $n\n"; if ($n == 0) exit("bye\n"); return quits($n - 1); }
quits(2);
echo "not reached\n";
--EXPECTF--
top(1) = finally middle 1
3
top(3) = finally middle 3
caught leaf 3 at line 3
#0 %s(8): leaf(3)
#1 %s(15): middle(3)
#2 %s(22): top(3)
#3 {main}
top(2) = finally middle 2
5
destruct 1
destruct 2
destruct 3
after unwinding: deep
returned destruct 7
7
125
TypeError: typed(): Argument #1 ($a) must be of type int, array given, called in %s on line 47
1/2
20000
15
1:1 2:4 3:9 4:16 

Warning: Undefined variable $nope in %s on line 79
0
quits 2
quits 1
quits 0
bye
shutdown
