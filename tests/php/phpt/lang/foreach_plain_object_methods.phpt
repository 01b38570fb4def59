--TEST--
foreach over an object whose class has Iterator-like methods but does not implement Iterator iterates its properties; constants given to by-reference parameters
--FILE--
<?php
class LooksLikeIterator {
    public $max = 2;
    public $num = 0;
    protected $hidden = 'h';
    function current() { echo "current\n"; return $this->num; }
    function next(): void { echo "next\n"; $this->num++; }
    function valid(): bool { echo "valid\n"; return $this->num < $this->max; }
    function key(): mixed { echo "key\n"; return $this->num; }
    function rewind(): void { echo "rewind\n"; }
    function inside() { foreach ($this as $k => $v) echo "$k=$v "; echo "\n"; }
}
$o = new LooksLikeIterator;
foreach ($o as $k => $v) echo "$k=$v\n";
$o->inside();
const K = 'k';
class Kls { const C = 'c'; }
function byref(&$x) { $x = 'changed'; }
foreach (['K', 'Kls::C', 'Kls::class'] as $i => $what) {
    try {
        if ($i == 0) byref(K);
        if ($i == 1) byref(Kls::C);
        if ($i == 2) byref(Kls::class);
    } catch (Error $e) {
        echo $what, ": ", $e->getMessage(), "\n";
    }
}
var_dump(K, Kls::C);
--EXPECT--
max=2
num=0
max=2 num=0 hidden=h 
K: byref(): Argument #1 ($x) cannot be passed by reference
Kls::C: byref(): Argument #1 ($x) cannot be passed by reference
Kls::class: byref(): Argument #1 ($x) cannot be passed by reference
string(1) "k"
string(1) "c"
