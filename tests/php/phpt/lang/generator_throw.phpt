--TEST--
Generator::throw(): raised at the waiting yield, caught or not by the generator, on unstarted and finished generators
--FILE--
<?php
function g() {
    for ($i = 0; $i < 5; $i++) {
        try {
            $x = yield $i;
            echo "sent: ", var_export($x, true), "\n";
        } catch (InvalidArgumentException $e) {
            echo "generator caught: ", $e->getMessage(), "\n";
            yield "recovered $i";
        } finally {
            echo "finally $i\n";
        }
    }
    return "ret";
}
$gen = g();
var_dump($gen->current());
var_dump($gen->throw(new InvalidArgumentException("bad")));
var_dump($gen->send("s"));
try {
    $gen->throw(new RuntimeException("fatal for it"));
} catch (RuntimeException $e) {
    echo "main caught: ", $e->getMessage(), "\n";
}
var_dump($gen->valid(), $gen->current());
try {
    $gen->throw(new LogicException("after the end"));
} catch (LogicException $e) {
    echo "closed generator rethrows: ", $e->getMessage(), "\n";
}

// an unstarted generator runs to its first yield before the exception is raised there
function h() {
    echo "h starts\n";
    try {
        yield 1;
    } catch (Exception $e) {
        echo "h caught ", $e->getMessage(), "\n";
        yield 2;
    }
}
$h = h();
var_dump($h->throw(new Exception("early")));

try {
    $h->throw("not an exception");
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

function k() { yield 1; yield 2; }
$k = k();
$k->current();
try {
    $k->throw(new Exception("uncaught in k"));
} catch (Exception $e) {
    echo $e->getMessage(), " line ", $e->getLine(), "\n";
}
var_dump($k->valid());
--EXPECT--
int(0)
generator caught: bad
string(11) "recovered 0"
finally 0
int(1)
finally 1
main caught: fatal for it
bool(false)
NULL
closed generator rethrows: after the end
h starts
h caught early
int(2)
TypeError: Generator::throw(): Argument #1 ($exception) must be of type Throwable, string given
uncaught in k line 55
bool(false)
