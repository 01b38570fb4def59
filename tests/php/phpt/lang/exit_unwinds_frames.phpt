--TEST--
exit() unwinds the call stack: each frame's variables are destroyed (innermost first) before the shutdown functions, the globals after them; finally blocks do not run
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
register_shutdown_function(function () { echo "shutdown fn\n"; });
$g = new D("global");
function gen() { $x = new D("gen-local"); yield 1; try { exit("bye from the generator\n"); } finally { echo "gen finally (php skips it)\n"; } }
class M {
    public $k;
    function __construct() { $this->k = new D("member"); }
    function run() { $t = new D("method-local"); inner(); }
}
function inner() {
    $i = new D("inner-local");
    foreach ([1] as $v) {
        echo "v=$v\n";
        try { if ($GLOBALS['argc'] > 5) exit("bye\n"); } finally { echo "finally\n"; }
    }
    $gen = gen();
    foreach ($gen as $v) {
        echo "v=$v\n";
        try { echo "in try\n"; } finally { echo "finally\n"; }
    }
}
$m = new M;
$m->run();
echo "not reached\n";
--EXPECT--
v=1
finally
v=1
in try
finally
bye from the generator
destruct gen-local
destruct inner-local
destruct method-local
shutdown fn
destruct member
destruct global
