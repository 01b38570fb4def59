--TEST--
__get/__set/__isset/__unset/__call/__callStatic/__invoke/__toString
--FILE--
<?php
class Bag {
    private $data = [];
    public function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; }
    public function __isset($n) { return isset($this->data[$n]); }
    public function __unset($n) { unset($this->data[$n]); }
    public function __call($m, $a) { return "$m(" . implode(',', $a) . ")"; }
    public static function __callStatic($m, $a) { return "static $m"; }
    public function __invoke($x) { return $x * 2; }
    public function __toString(): string { return 'Bag' . json_encode($this->data); }
}
$b = new Bag;
$b->color = 'red';
echo $b->color, "\n";
var_dump(isset($b->color), isset($b->size));
unset($b->color);
var_dump(isset($b->color));
echo $b->doIt(1, 2), ' ', Bag::make(), ' ', $b(21), ' ', $b, "\n";
--EXPECT--
set color
get color
red
bool(true)
bool(false)
bool(false)
doIt(1,2) static make 42 Bag[]
