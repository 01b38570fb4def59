--TEST--
destructors run at the last unset: an exception thrown there, a private destructor, nested objects, cycles wait for the end
--FILE--
<?php
class T {
    function __destruct() { echo "T::__destruct\n"; throw new Exception("from destructor"); }
}
try {
    $t = new T;
    unset($t);
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}

class P { private function __destruct() { echo "P::__destruct\n"; } }
try {
    $p = new P;
    $p = null;
} catch (Error $e) {
    echo "caught: ", $e->getMessage(), "\n";
}

class C {
    public $other;
    function __construct(public $n) {}
    function __destruct() { echo "destruct {$this->n}\n"; }
}
$a = new C('a');
$b = new C('b');
$a->other = $b;
unset($b);
echo "b is held by a\n";
$s = new C('self cycle');
$s->other = $s;
unset($s);
echo "the cycle waits for the end\n";

// a loop that overwrites its variable destroys each object in turn
for ($i = 0; $i < 3; $i++) {
    $x = new C("loop $i");
}
echo "after loop\n";
unset($x);
function locals() {
    $first = new C('first local');
    $second = new C('second local');
    echo "leaving\n";
}
locals();
unset($a);
echo "end\n";
--EXPECT--
T::__destruct
caught: from destructor
caught: Call to private P::__destruct() from global scope
b is held by a
the cycle waits for the end
destruct loop 0
destruct loop 1
after loop
destruct loop 2
leaving
destruct first local
destruct second local
destruct a
destruct b
end
destruct self cycle
