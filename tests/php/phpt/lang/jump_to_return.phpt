--TEST--
a jump to a return becomes the return (compiler jumps_to_returns): ternary and if/else returns, only where the same try blocks cover both, destructors at such returns throw in the caller, an error handler's exception from a return's undefined variable is raised in the returning function
--FILE--
<?php
// A jump to a function's return becomes the return itself (compiler.cpp jumps_to_returns):
// only where the same try blocks cover both, with the return's line.
class D {
    public function __destruct() {
        echo "destruct\n";
        throw new Exception("from destructor");
    }
}
function inside_try($c) {
    try {
        $d = new D;
        if ($c) { echo "then\n"; } else { echo "else\n"; }
    } catch (Exception $e) {
        echo "caught inside: ", $e->getMessage(), "\n";
    }
}
function pick($n) { return $n < 2 ? "small" : "big"; }
function branches($n) {
    if ($n > 0) {
        $r = "positive";
    } else {
        $r = "other";
    }
    return $r;
}
foreach ([true, false] as $c) {
    try {
        inside_try($c);
    } catch (Exception $e) {
        echo "caught outside: ", $e->getMessage(), "\n";
    }
}
echo pick(1), " ", pick(5), "\n";
echo branches(3), " ", branches(-3), "\n";
function late($c) {
    $d = new D;
    if ($c) {
        echo "then\n";
    } else {
        echo "else\n";
    }
}
try { late(true); } catch (Exception $e) { echo "caught: ", $e->getLine(), "\n"; }
try { late(false); } catch (Exception $e) { echo "caught: ", $e->getLine(), "\n"; }
// an undefined variable's warning at a return reached from inside a try
set_error_handler(function ($no, $msg) { throw new Exception($msg); });
function undefined_at_return($c) {
    try {
        if ($c) { echo "then\n"; } else { echo "else\n"; }
    } catch (Exception $e) {
        echo "caught inside: ", $e->getMessage(), "\n";
    }
    return $nothing;
}
try { undefined_at_return(true); } catch (Exception $e) { echo "caught outside: ", $e->getMessage(), "\n"; }
--EXPECT--
then
destruct
caught outside: from destructor
else
destruct
caught outside: from destructor
small big
positive other
then
destruct
caught: 7
else
destruct
caught: 7
then
caught outside: Undefined variable $nothing
