--TEST--
Fiber: start/suspend/resume pass values both ways, getReturn, status methods, getCurrent, nesting
--FILE--
<?php
function status(Fiber $f) {
    return ($f->isStarted() ? 'S' : '-') . ($f->isRunning() ? 'R' : '-')
         . ($f->isSuspended() ? 'P' : '-') . ($f->isTerminated() ? 'T' : '-');
}

$fiber = new Fiber(function (int $a, string $b): string {
    echo "started with $a $b\n";
    var_dump(Fiber::getCurrent() instanceof Fiber);
    $x = Fiber::suspend($a * 2);
    echo "resumed with $x\n";
    $y = Fiber::suspend([$x, $b]);
    echo "resumed again with ", json_encode($y), "\n";
    return "done:$b";
});
var_dump(Fiber::getCurrent());
echo status($fiber), "\n";
var_dump($fiber->start(21, "go"));
echo status($fiber), "\n";
var_dump($fiber->resume("first"));
var_dump($fiber->resume(['k' => 1.5]));
echo status($fiber), "\n";
var_dump($fiber->getReturn());

// values survive in the fiber's locals while it is suspended
function producer(int $n) {
    $items = [];
    for ($i = 0; $i < $n; $i++) {
        $items[] = str_repeat((string)$i, 3);
        Fiber::suspend($i);
    }
    return implode(",", $items);
}
$p = new Fiber('producer');
$got = [$p->start(5)];
while (!$p->isTerminated()) {
    $v = $p->resume();
    if ($v !== null) $got[] = $v;
}
echo implode(" ", $got), "\n", $p->getReturn(), "\n";

// nested fibers and the status each one sees
$outer = new Fiber(function () {
    $self = Fiber::getCurrent();
    $inner = new Fiber(function () use ($self) {
        echo "inner sees outer: ", status($self), "\n";
        echo "inner is: ", status(Fiber::getCurrent()), "\n";
        $v = Fiber::suspend('from inner');
        echo "inner resumed with $v\n";
        return 'inner result';
    });
    echo "outer got: ", $inner->start(), "\n";
    $w = Fiber::suspend('from outer');
    echo "outer resumed with $w\n";
    $inner->resume('x');
    return $inner->getReturn();
});
echo "main got: ", $outer->start(), "\n";
$outer->resume('y');
echo "main: ", $outer->getReturn(), " ", status($outer), "\n";

// a fiber running a method, an invokable object and a first-class callable
class Counter {
    public int $n = 0;
    public function run(int $step) { while (true) { $this->n += $step; Fiber::suspend($this->n); } }
    public function __invoke() { return Fiber::suspend('invoked') . '!'; }
}
$c = new Counter;
$f = new Fiber([$c, 'run']);
echo $f->start(3), " ", $f->resume(), " ", $f->resume(), "\n";
$g = new Fiber($c);
echo $g->start(), "\n";
$g->resume('back');
echo $g->getReturn(), "\n";
$h = new Fiber(strtoupper(...));
$h->start('abc');
var_dump($h->getReturn(), $h->isTerminated());
print_r(new Fiber(fn() => 1));
--EXPECT--
NULL
----
started with 21 go
bool(true)
int(42)
S-P-
resumed with first
array(2) {
  [0]=>
  string(5) "first"
  [1]=>
  string(2) "go"
}
resumed again with {"k":1.5}
NULL
S--T
string(7) "done:go"
0 1 2 3 4
000,111,222,333,444
main got: outer got: inner sees outer: SR--
inner is: SR--
from inner
from outer
outer resumed with y
inner resumed with x
main: inner result S--T
3 6 9
invoked
back!
string(3) "ABC"
bool(true)
Fiber Object
(
)
