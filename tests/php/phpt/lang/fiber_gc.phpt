--TEST--
Fiber: values held only by suspended fibers survive collections; deep calls, generators and destructors in fibers
--FILE--
<?php
class Node {
    public function __construct(public int $id, public ?Node $next = null) {}
}
function chain(int $n, int $base) {
    $head = null;
    for ($i = $n - 1; $i >= 0; $i--) $head = new Node($base + $i, $head);
    return $head;
}
function check(?Node $n, int $len, int $base) {
    $i = 0;
    for (; $n; $n = $n->next, $i++) if ($n->id != $base + $i) return "broken at $i";
    return $i == $len ? "ok" : "length $i";
}
// an object held by a suspended fiber is not destructed while the fiber can still use it
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$holder = new Fiber(function () {
    $d = new D("in fiber");
    Fiber::suspend();
    echo "fiber still has {$d->name}\n";
    unset($d);
    echo "after unset\n";
});
$holder->start();
$tmp = new D("temp");
$tmp = null;
echo "main continues\n";
$holder->resume();
$fibers = [];
for ($k = 0; $k < 50; $k++) {
    $f = new Fiber(function (int $k) {
        $mine = chain(200, $k * 1000);
        $arr = array_fill(0, 100, "v$k");
        $s = str_repeat("s$k", 50);
        $r = Fiber::suspend();
        return [check($mine, 200, $k * 1000), count($arr), $arr[99], strlen($s), $r];
    });
    $f->start($k);
    $fibers[] = $f;
}
// allocate a lot while they are suspended
$junk = [];
for ($i = 0; $i < 200000; $i++) {
    $junk[$i % 1000] = [$i, "x$i", new Node($i)];
}
gc_collect_cycles();
$bad = 0;
foreach ($fibers as $k => $f) {
    $f->resume("r$k");
    [$c, $n, $last, $len, $r] = $f->getReturn();
    if ($c !== "ok" || $n !== 100 || $last !== "v$k" || $len !== strlen(str_repeat("s$k", 50)) || $r !== "r$k") {
        $bad++;
        echo "$k: $c $n $last $len $r\n";
    }
}
echo "bad: $bad\n";

// deep recursion inside a fiber
function depth(int $n) { return $n == 0 ? Fiber::suspend('bottom') : 1 + depth($n - 1); }
$d = new Fiber(fn() => depth(5000));
var_dump($d->start());
$d->resume(0);
var_dump($d->getReturn());

// generators driven inside a fiber, suspended from the generator's body
function gen() {
    for ($i = 0; $i < 3; $i++) {
        $x = yield $i;
        Fiber::suspend("gen $i sent $x");
    }
    return "gen done";
}
$gf = new Fiber(function () {
    $g = gen();
    foreach ($g as $v) {
        $g->send("s$v");
    }
    return $g->getReturn();
});
$v = $gf->start();
while (!$gf->isTerminated()) {
    echo $v, "\n";
    $v = $gf->resume();
}
echo $gf->getReturn(), "\n";

echo "end\n";
--EXPECT--
destruct temp
main continues
fiber still has in fiber
destruct in fiber
after unset
bad: 0
string(6) "bottom"
int(5000)
gen 0 sent s0
gen 1 sent 
gen 2 sent s2
gen done
end
