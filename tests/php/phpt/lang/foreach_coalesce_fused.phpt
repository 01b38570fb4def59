--TEST--
foreach into key and value variables (references, destructors, iterators); `$a[k] ?? d` reading a variable base without a copy: undefined bases, strings, objects, keys with side effects
--FILE--
<?php
function refs() {
    $x = 0;
    $v = &$x;
    foreach ([1, 2, 3] as $v) {}
    echo $x, "\n";             // written through the reference
    $k = 'old';
    $kr = &$k;
    foreach (['a' => 1, 'b' => 2] as $k => $unused) {}
    echo $kr, "\n";
    foreach ([[1], [2, 3]] as $v) { $v[] = 9; }
    echo count($v), "\n";
    $src = [[1, 2]];
    foreach ($src as $row) { $row[] = 3; }
    echo count($src[0]), count($row), "\n";
}
refs();

class D {
    public function __construct(public string $n) {}
    public function __destruct() { echo "destruct {$this->n}\n"; }
}
function drops() {
    $v = new D('before');
    foreach ([1, 2] as $v) { echo "body $v\n"; }
    $k = new D('key');
    foreach (['x' => 1] as $k => $_) { echo "key $k\n"; }
    foreach ([new D('e1'), new D('e2')] as $e) { echo "got {$e->n}\n"; }
    echo "loop done\n";
}
drops();

function gen() { yield 'a' => 1; yield 'b' => 2; }
foreach (gen() as $gk => $gv) echo "$gk=$gv\n";
class It implements Iterator {
    private $i = 0;
    public function current(): mixed { echo "current\n"; return $this->i * 10; }
    public function key(): mixed { echo "key\n"; return "k{$this->i}"; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return $this->i < 2; }
}
foreach (new It as $ik => $iv) echo "$ik $iv\n";

$b = [];
foreach (['x', 'y', 'x'] as $w) $b[$w] = ($b[$w] ?? 0) + 1;
print_r($b);
echo $undef['k'] ?? 'dflt', "\n";
$str = 'abc';
echo $str[1] ?? 'none', $str[7] ?? 'none', "\n";
$n = null;
echo $n['a'] ?? 'null base', "\n";
$o = new stdClass;
$o->p = 5;
echo $o->p ?? 'none', $o->q ?? 'none', "\n";
$arr = ['k' => null];
echo $arr['k'] ?? 'null value', "\n";
$i = 0;
$m = [1 => 'one'];
echo $m[++$i] ?? 'none', "\n";
--EXPECT--
3
b
3
23
destruct before
body 1
body 2
destruct key
key x
got e1
got e2
destruct e1
loop done
destruct e2
a=1
b=2
current
key
k0 0
current
key
k1 10
Array
(
    [x] => 2
    [y] => 1
)
dflt
bnone
null base
5none
null value
one
