--TEST--
Iterator, IteratorAggregate, ArrayAccess, Countable
--FILE--
<?php
class Coll implements IteratorAggregate, ArrayAccess, Countable {
    private $items = [];
    public function getIterator(): Iterator { return new ArrayIterator($this->items); }
    public function offsetExists($o): bool { return isset($this->items[$o]); }
    public function offsetGet($o): mixed { return $this->items[$o] ?? null; }
    public function offsetSet($o, $v): void { if ($o === null) $this->items[] = $v; else $this->items[$o] = $v; }
    public function offsetUnset($o): void { unset($this->items[$o]); }
    public function count(): int { return count($this->items); }
}
$c = new Coll; $c[] = 'a'; $c['k'] = 'b'; $c[] = 'c';
unset($c[0]);
foreach ($c as $k => $v) echo "$k=$v\n";
var_dump(count($c), isset($c['k']), $c['zz'] ?? 'none');
class Range implements Iterator {
    private $i;
    public function __construct(private $a, private $b) { $this->i = $a; }
    public function current(): mixed { return $this->i; }
    public function key(): mixed { return $this->i - $this->a; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = $this->a; }
    public function valid(): bool { return $this->i <= $this->b; }
}
foreach (new Range(3, 5) as $k => $v) echo "$k:$v ";
echo "\n";
--EXPECT--
k=b
1=c
int(2)
bool(true)
string(4) "none"
0:3 1:4 2:5
