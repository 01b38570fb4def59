--TEST--
$v = $a[k] and $v = $o->p stored straight into the variable: references, copy-on-write, warnings, magic, destructors; constant loop conditions; int to string; base conversions
--FILE--
<?php
function by_ref() {
    $a = [10, 20, [1, 2]];
    $x = 0;
    $r = &$x;
    $x = $a[1];          // through the reference
    echo $r, "\n";
    $y = $a[2];          // an array element copied: writing $y leaves $a alone
    $y[] = 3;
    echo count($a[2]), count($y), "\n";
    $z = $a[5];          // undefined key: warning, null
    var_dump($z);
    $s = "abc";
    $c = $s[1];
    echo $c, "\n";
    $m = ['k' => 'v'];
    $k = $m['k'];
    echo $k, "\n";
    $a = $a[2];          // the base is the destination
    print_r($a);
}
by_ref();

class P { public $p = [1]; public $q = 'q'; }
class M { public function __get($n) { echo "get $n\n"; return strtoupper($n); } }
function props() {
    $o = new P;
    $v = $o->p;
    $v[] = 2;
    echo count($o->p), count($v), "\n";
    $m = new M;
    $w = $m->abc;
    echo $w, "\n";
    $n = null;
    $u = $n->x;          // warning: property of null
    var_dump($u);
    $g = 1;
    $h = &$g;
    $g = $o->q;
    echo $h, "\n";
}
props();

class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
function drops() {
    $list = [new D('a'), new D('b')];
    $holder = new stdClass;
    $holder->d = new D('c');
    $x = new D('x');
    echo "before\n";
    $x = $list[0];       // the old value of $x goes at the store
    echo "after dim\n";
    $list = [];
    echo "list cleared\n";
    $x = $holder->d;     // 'a' goes now
    echo "after prop\n";
}
drops();
echo "end drops\n";

$i = 0;
while (true) {
    if (++$i > 3) break;
}
do { $i++; } while (false);
for (;;) { if ($i++ > 6) break; }
echo $i, "\n";
if (0) echo "never\n"; else echo "else\n";
if ("0") echo "never\n";
if ("a") echo "string true\n";

foreach ([0, 7, 10, 255, -1, PHP_INT_MAX, PHP_INT_MIN, 123456789] as $n) {
    echo (string)$n, " ", dechex($n), " ", decoct($n), " ", decbin($n & 0xff), " ", $n . "", "\n";
}
echo base_convert("ff", 16, 2), " ", base_convert("zz", 36, 10), " ", base_convert("0", 10, 36), "\n";
foreach ([[10, 1], [1, 10], [37, 10], [10, 40]] as [$from, $to]) {
    try {
        echo base_convert("10", $from, $to), "\n";
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECTF--
20
23

Warning: Undefined array key 5 in %s on line 11
NULL
b
v
Array
(
    [0] => 1
    [1] => 2
)
12
get abc
ABC

Warning: Attempt to read property "x" on null in %s on line 35
NULL
q
before
destruct x
after dim
destruct b
list cleared
destruct a
after prop
destruct c
end drops
8
else
string true
0 0 0 0 0
7 7 7 111 7
10 a 12 1010 10
255 ff 377 11111111 255
-1 ffffffffffffffff 1777777777777777777777 11111111 -1
9223372036854775807 7fffffffffffffff 777777777777777777777 11111111 9223372036854775807
-9223372036854775808 8000000000000000 1000000000000000000000 0 -9223372036854775808
123456789 75bcd15 726746425 10101 123456789
11111111 1295 0
ValueError: base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
ValueError: base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)
ValueError: base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)
ValueError: base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
