--TEST--
Fiber: FiberError and TypeError messages as php prints them
--FILE--
<?php
function attempt(callable $f) {
    try {
        $f();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$unstarted = new Fiber(fn() => Fiber::suspend(1));
attempt(fn() => $unstarted->getReturn());
attempt(fn() => $unstarted->resume());
attempt(fn() => $unstarted->throw(new Exception('x')));
attempt(fn() => Fiber::suspend());
attempt(fn() => new FiberError('x'));
attempt(fn() => new Fiber('no_such_function'));
attempt(fn() => new Fiber(42));
attempt(fn() => $unstarted->__construct(fn() => 2));

$f = new Fiber(fn() => Fiber::suspend(1));
$f->start();
attempt(fn() => $f->start());
attempt(fn() => $f->getReturn());
attempt(fn() => $f->throw('not throwable'));
$f->resume();
attempt(fn() => $f->resume());
attempt(fn() => $f->getReturn());

$self = new Fiber(function () {
    attempt(fn() => Fiber::getCurrent()->resume());
    attempt(fn() => Fiber::getCurrent()->start());
});
$self->start();

$bad = new Fiber(function () { throw new LogicException('inside'); });
attempt(fn() => $bad->start());
attempt(fn() => $bad->getReturn());
var_dump($bad->isTerminated());
var_dump(Fiber::getCurrent());
echo "end\n";
--EXPECT--
FiberError: Cannot get fiber return value: The fiber has not been started
FiberError: Cannot resume a fiber that is not suspended
FiberError: Cannot resume a fiber that is not suspended
FiberError: Cannot suspend outside of a fiber
Error: The "FiberError" class is reserved for internal use and cannot be manually instantiated
TypeError: Fiber::__construct(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: Fiber::__construct(): Argument #1 ($callback) must be a valid callback, no array or string given
FiberError: Cannot call constructor twice
FiberError: Cannot start a fiber that has already been started
FiberError: Cannot get fiber return value: The fiber has not returned
TypeError: Fiber::throw(): Argument #1 ($exception) must be of type Throwable, string given
FiberError: Cannot resume a fiber that is not suspended
no error
FiberError: Cannot resume a fiber that is not suspended
FiberError: Cannot start a fiber that has already been started
LogicException: inside
FiberError: Cannot get fiber return value: The fiber threw an exception
bool(true)
NULL
end
