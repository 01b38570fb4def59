--TEST--
Destructors of discarded results: `new C;` without a constructor, a built-in's result (array_pop, array_shift, end), a method's result
--FILE--
<?php
class D {
    public function __construct(public $n = 0) {}
    public function __destruct() { echo "destruct {$this->n}\n"; }
}
class E {
    public $n = 'e';
    public function __destruct() { echo "destruct E\n"; }
}
class Box {
    public array $items = [];
    public function add($o) { $this->items[] = $o; return $this; }
    public function take() { return array_pop($this->items); }
}
new E;
echo "after new E\n";
new D(1);
echo "after new D\n";
$s = [new D(2), new D(3)];
array_pop($s);
echo "after array_pop\n";
array_shift($s);
echo "after array_shift\n";
$b = (new Box)->add(new D(4))->add(new D(5));
$b->take();
echo "after take\n";
$keep = $b->take();
echo "kept {$keep->n}\n";
$b = null;
echo "end\n";
--EXPECT--
destruct E
after new E
destruct 1
after new D
destruct 3
after array_pop
destruct 2
after array_shift
destruct 5
after take
kept 4
end
destruct 4
