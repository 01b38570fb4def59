<?php
class NumberCollection implements Iterator, Countable, ArrayAccess {
    private $items = []; private $pos = 0;
    public function __construct(array $items) { $this->items = $items; }
    public function current(): mixed { return $this->items[$this->pos]; }
    public function key(): mixed { return $this->pos; }
    public function next(): void { $this->pos++; }
    public function rewind(): void { $this->pos = 0; }
    public function valid(): bool { return isset($this->items[$this->pos]); }
    public function count(): int { return count($this->items); }
    public function offsetExists($o): bool { return isset($this->items[$o]); }
    public function offsetGet($o): mixed { return $this->items[$o] ?? null; }
    public function offsetSet($o, $v): void { if ($o === null) $this->items[] = $v; else $this->items[$o] = $v; }
    public function offsetUnset($o): void { unset($this->items[$o]); }
}
$c = new NumberCollection([10, 20, 30]);
foreach ($c as $k => $v) echo "$k:$v "; echo "\n";
echo count($c), " ", $c[1], " ", isset($c[5]) ? 'y' : 'n', "\n";
$c[] = 40; $c[0] = 5; unset($c[1]); echo $c[0], count($c), "\n";
class Agg implements IteratorAggregate { public function getIterator(): Iterator { return new NumberCollection(['a', 'b']); } }
foreach (new Agg as $v) echo $v; echo "\n";
function gen() { yield 1; yield 2; yield 3; }
echo implode(",", iterator_to_array(gen())), "\n";
function kgen() { yield 'x' => 1; yield 'y' => 2; }
print_r(iterator_to_array(kgen()));
$g = gen(); echo $g->current(); $g->next(); echo $g->current(); $g->next(); echo $g->current(); $g->next(); var_dump($g->valid(), $g->current());
function infinite() { $i = 0; while (true) yield $i++; }
foreach (infinite() as $v) { if ($v > 4) break; echo $v; } echo "\n";
function withKeys() { yield 5 => 'a'; yield 'b'; yield 10 => 'c'; yield 'd'; } foreach (withKeys() as $k => $v) echo "$k=$v "; echo "\n";
function lines() { foreach (['l1', 'l2'] as $l) { $cmd = yield $l; if ($cmd) echo "cmd:$cmd "; } }
$lg = lines(); foreach ($lg as $l) echo $l, " "; echo "\n";
$acc = function() { $total = 0; while (true) { $x = yield $total; $total += $x; } };
$ag = $acc(); $ag->current(); $ag->send(5); echo $ag->send(10), "\n";
