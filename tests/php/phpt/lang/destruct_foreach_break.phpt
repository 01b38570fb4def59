--TEST--
Destructors of foreach iterators left by break or ended, and of objects in the iterated array
--FILE--
<?php
class It implements Iterator {
  private $i = 0;
  function __construct(private $name) {}
  function __destruct() { echo "It dtor {$this->name}\n"; }
  function current(): mixed { return $this->i; }
  function key(): mixed { return $this->i; }
  function next(): void { $this->i++; }
  function rewind(): void { $this->i = 0; }
  function valid(): bool { return $this->i < 3; }
}
class D { function __construct(public $n) {} function __destruct() { echo "D dtor {$this->n}\n"; } }
foreach (new It("a") as $v) { echo "a$v\n"; if ($v == 1) break; }
echo "after a\n";
foreach (new It("b") as $v) { echo "b$v\n"; }
echo "after b\n";
$it = new It("c");
foreach ($it as $v) { if ($v == 0) break; }
echo "after c (still held)\n";
foreach ([new D(1), new D(2)] as $d) { echo "d{$d->n}\n"; break; }
echo "after d\n";
unset($d);
echo "after unset\n";
for ($i = 0; $i < 2; $i++) {
  foreach (new It("n$i") as $v) { if ($v == 1) continue 2; }
}
echo "after nested\n";
function f() { foreach (new It("f") as $v) { if ($v == 2) break; } echo "in f\n"; }
f();
function g() { foreach (new It("g") as $v) { if ($v == 1) return $v; } }
echo "g: ", g(), "\n";
function h() { foreach ([1, 2] as $x) foreach (new It("h") as $v) { if ($v == 1) break 2; } echo "in h\n"; }
h();
echo "end\n";
--EXPECT--
a0
a1
It dtor a
after a
b0
b1
b2
It dtor b
after b
after c (still held)
d1
D dtor 2
after d
D dtor 1
after unset
It dtor n0
It dtor n1
after nested
It dtor f
in f
g: It dtor g
1
It dtor h
in h
end
It dtor c
