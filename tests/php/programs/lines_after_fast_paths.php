<?php
// The interpreter publishes the running instruction only where something can read it: every
// warning, error, stack trace and destructor below comes right after instructions that took
// their fast paths (int arithmetic, jumps, moves, array and property reads, loop calls and
// returns), so a stale instruction would show another line.
set_error_handler(function ($no, $msg, $file, $line) {
    echo "handler: $msg on line $line\n";
    return true;
});

function add($a, $b) {
    $s = $a + 1;
    $t = $s * 2;
    return $t + $b;
}

function inner($n) {
    if ($n > 0) {
        return inner($n - 1) + 1;
    }
    throw new RuntimeException("deep");
}

class P {
    public $x = 1;
    public $y;
}

$i = 0;
$j = 5;
$arr = [1, 2, 3];
$o = new P();
for ($k = 0; $k < 3; $k++) {
    $i = $i + $k;
}
echo add(1, "7 apples"), "\n";
$v = $arr[1];
$w = $arr[7];
$p = $o->x;
$q = $o->nope;
$z = $i + $undefined1;
$z = $j - "5 x";
if ($i < $j) {
    $m = $z * $undefined2;
}
$cmp = $i < [];
$o->y = $i;
$arr[] = $i;
$arr[9] = $arr[0] + 1;
$e = $arr[1] == $undefined3;
foreach ($arr as $key => $val) {
    $sum = $val + $key;
}
foreach ($arr as $val) {
    $u = $val . $undefined4;
}
$n = 3;
$n++;
$n--;
$n += $undefined5;
$fn = fn($x) => $x + $undefined6;
echo $fn(1), "\n";
try {
    echo inner(4), "\n";
} catch (RuntimeException $ex) {
    echo get_class($ex), " at line ", $ex->getLine(), "\n";
    foreach ($ex->getTrace() as $frame) {
        echo "  ", $frame["function"], " called on line ", $frame["line"], "\n";
    }
}

class D {
    public function __destruct() {
        echo "destruct, caller line ", debug_backtrace()[0]["line"] ?? "none", "\n";
    }
}
$d = new D();
$k = 1 + 1;
$d = 2;
echo "end\n";
restore_error_handler();
$last = $i + $undefined7;
function thrower($a) {
    return $a + 1;
}
try {
    $r = thrower(1) + intdiv(1, 0);
} catch (DivisionByZeroError $ex) {
    echo get_class($ex), " at line ", $ex->getLine(), "\n";
}
