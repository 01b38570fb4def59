--TEST--
Fiber: a suspended fiber whose object goes is unwound (finally blocks run, no catch matches, its variables are released); unfinished fibers at the end
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$fiber = new Fiber(function (): void {
    $d = new D("local");
    try {
        echo "fiber\n";
        Fiber::suspend();
        echo "not reached\n";
    } catch (Throwable $e) {
        echo "not caught: ", get_class($e), "\n";
    } finally {
        echo "finally\n";
    }
    echo "not reached either\n";
});
$fiber->start();
unset($fiber);
echo "after unset\n";

$f2 = new Fiber(function () {
    try {
        Fiber::suspend(1);
    } finally {
        echo "finally of f2, suspending again: ";
        try {
            Fiber::suspend(2);
        } catch (FiberError $e) {
            echo $e->getMessage(), "\n";
        }
    }
});
$f2->start();
$f2 = null;
echo "after f2\n";

$kept = new Fiber(function () {
    try {
        echo "kept suspends\n";
        Fiber::suspend();
    } finally {
        echo "kept's finally at shutdown\n";
    }
});
$kept->start();
echo "end of script\n";
--EXPECT--
fiber
finally
destruct local
after unset
finally of f2, suspending again: Cannot suspend in a force-closed fiber
after f2
kept suspends
end of script
kept's finally at shutdown
