--TEST--
Fiber: throw() into a suspended fiber, exceptions leaving a fiber, stack traces across fibers
--FILE--
<?php
$fiber = new Fiber(function () {
    for ($i = 0; ; $i++) {
        try {
            $v = Fiber::suspend($i);
            echo "got $v\n";
        } catch (RuntimeException $e) {
            echo "caught in fiber: ", $e->getMessage(), "\n";
        } finally {
            echo "finally $i\n";
        }
        if ($i == 2) break;
    }
    throw new DomainException("leaving");
});
var_dump($fiber->start());
var_dump($fiber->resume("a"));
var_dump($fiber->throw(new RuntimeException("boom")));
try {
    $fiber->resume("b");
} catch (DomainException $e) {
    echo "caught in main: ", $e->getMessage(), "\n";
}
var_dump($fiber->isTerminated());

function deep(int $n) {
    if ($n == 0) {
        Fiber::suspend();
        throw new Exception("from deep");
    }
    deep($n - 1);
}
$t = new Fiber(function () { deep(3); });
$t->start();
function resumer(Fiber $t) { $t->resume(); }
try {
    resumer($t);
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}

$u = new Fiber(function () {
    try {
        Fiber::suspend();
    } catch (Exception $e) {
        echo "caught: ", $e->getMessage(), " line ", $e->getLine(), "\n";
        return "recovered";
    }
});
$u->start();
$u->throw(new Exception("thrown in"));
echo $u->getReturn(), "\n";

$last = new Fiber(function () {
    Fiber::suspend();
    throw new Exception("uncaught from fiber");
});
$last->start();
$last->resume();
--EXPECTF--
int(0)
got a
finally 0
int(1)
caught in fiber: boom
finally 1
int(2)
got b
finally 2
caught in main: leaving
bool(true)
#0 %s(31): deep(0)
#1 %s(31): deep(1)
#2 %s(31): deep(2)
#3 %s(33): deep(3)
#4 [internal function]: {closure}()
#5 %s(35): Fiber->resume()
#6 %s(37): resumer(Object(Fiber))
#7 {main}
caught: thrown in line 51
recovered

Fatal error: Uncaught Exception: uncaught from fiber in %s:56
Stack trace:
#0 [internal function]: {closure}()
#1 %s(59): Fiber->resume()
#2 {main}
  thrown in %s on line 56
