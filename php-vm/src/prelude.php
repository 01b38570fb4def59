<?php
// weft-php's SPL data structures, written in PHP and compiled at start-up (src/prelude.cpp
// embeds this file). Behaviour follows php's documented semantics for the common methods.

class ArrayIterator implements SeekableIterator, ArrayAccess, Countable {
    private $storage; private $__k; private $__i = 0;
    public function __construct($array = []) { $this->storage = is_object($array) ? get_object_vars($array) : $array; $this->__k = array_keys($this->storage); }
    public function current(): mixed { return $this->storage[$this->__k[$this->__i]] ?? null; }
    public function key(): mixed { return $this->__k[$this->__i] ?? null; }
    public function next(): void { $this->__i++; }
    public function rewind(): void { $this->__k = array_keys($this->storage); $this->__i = 0; }
    public function valid(): bool { return $this->__i < count($this->__k); }
    public function seek(int $offset): void { $this->__i = $offset; }
    public function count(): int { return count($this->storage); }
    public function offsetExists($k): bool { return isset($this->storage[$k]); }
    public function offsetGet($k): mixed { return $this->storage[$k]; }
    public function offsetSet($k, $v): void { if ($k === null) $this->storage[] = $v; else $this->storage[$k] = $v; }
    public function offsetUnset($k): void { unset($this->storage[$k]); }
    public function getArrayCopy(): array { return $this->storage; }
}

class ArrayObject implements IteratorAggregate, ArrayAccess, Countable {
    private $storage;
    public function __construct($array = []) { $this->storage = is_object($array) ? get_object_vars($array) : $array; }
    public function getIterator(): Iterator { return new ArrayIterator($this->storage); }
    public function count(): int { return count($this->storage); }
    public function offsetExists($k): bool { return isset($this->storage[$k]); }
    public function offsetGet($k): mixed { return $this->storage[$k]; }
    public function offsetSet($k, $v): void { if ($k === null) $this->storage[] = $v; else $this->storage[$k] = $v; }
    public function offsetUnset($k): void { unset($this->storage[$k]); }
    public function append($v): void { $this->storage[] = $v; }
    public function getArrayCopy(): array { return $this->storage; }
}

class SplDoublyLinkedList implements Iterator, Countable, ArrayAccess {
    protected $__d = []; protected $__i = 0; protected $__lifo = false;
    public function push($v): void { $this->__d[] = $v; }
    public function pop(): mixed { if (!$this->__d) throw new RuntimeException("Can't pop from an empty datastructure"); return array_pop($this->__d); }
    public function shift(): mixed { if (!$this->__d) throw new RuntimeException("Can't shift from an empty datastructure"); return array_shift($this->__d); }
    public function unshift($v): void { array_unshift($this->__d, $v); }
    public function top(): mixed { if (!$this->__d) throw new RuntimeException("Can't peek at an empty datastructure"); return $this->__d[count($this->__d) - 1]; }
    public function bottom(): mixed { if (!$this->__d) throw new RuntimeException("Can't peek at an empty datastructure"); return $this->__d[0]; }
    public function isEmpty(): bool { return !$this->__d; }
    public function count(): int { return count($this->__d); }
    public function toArray(): array { return $this->__d; }
    public function offsetExists($i): bool { return $i >= 0 && $i < count($this->__d); }
    public function offsetGet($i): mixed { if ($i < 0 || $i >= count($this->__d)) throw new OutOfRangeException("SplDoublyLinkedList::offsetGet(): Argument #1 (\$index) is out of range"); return $this->__d[$i]; }
    public function offsetSet($i, $v): void { if ($i === null) $this->__d[] = $v; else $this->__d[$i] = $v; }
    public function offsetUnset($i): void { array_splice($this->__d, $i, 1); }
    public function rewind(): void { $this->__i = $this->__lifo ? count($this->__d) - 1 : 0; }
    public function valid(): bool { return $this->__i >= 0 && $this->__i < count($this->__d); }
    public function current(): mixed { return $this->__d[$this->__i] ?? null; }
    public function key(): mixed { return $this->__i; }
    public function next(): void { $this->__lifo ? $this->__i-- : $this->__i++; }
}
class SplQueue extends SplDoublyLinkedList {
    public function enqueue($v): void { $this->push($v); }
    public function dequeue(): mixed { return $this->shift(); }
}
class SplStack extends SplDoublyLinkedList {
    protected $__lifo = true;
}

class SplObjectStorage implements Countable, Iterator, ArrayAccess {
    private $__o = []; private $__dat = []; private $__i = 0;
    public function attach(object $o, $inf = null): void { $h = spl_object_id($o); $this->__o[$h] = $o; $this->__dat[$h] = $inf; }
    public function detach(object $o): void { $h = spl_object_id($o); unset($this->__o[$h], $this->__dat[$h]); }
    public function contains(object $o): bool { return isset($this->__o[spl_object_id($o)]); }
    public function count(): int { return count($this->__o); }
    public function offsetExists($o): bool { return $this->contains($o); }
    public function offsetGet($o): mixed { $h = spl_object_id($o); if (!isset($this->__o[$h])) throw new UnexpectedValueException("Object not found"); return $this->__dat[$h]; }
    public function offsetSet($o, $inf): void { $this->attach($o, $inf); }
    public function offsetUnset($o): void { $this->detach($o); }
    public function getInfo(): mixed { $k = array_keys($this->__o); return $this->__dat[$k[$this->__i]] ?? null; }
    public function rewind(): void { $this->__i = 0; }
    public function valid(): bool { return $this->__i < count($this->__o); }
    public function current(): mixed { $k = array_keys($this->__o); return $this->__o[$k[$this->__i]] ?? null; }
    public function key(): mixed { return $this->__i; }
    public function next(): void { $this->__i++; }
}

class SplFixedArray implements ArrayAccess, Countable, IteratorAggregate {
    private $__d = []; private $__n = 0;
    public function __construct(int $size = 0) { $this->__n = $size; $this->__d = $size > 0 ? array_fill(0, $size, null) : []; }
    public function getSize(): int { return $this->__n; }
    public function setSize(int $size) { for ($i = $this->__n; $i < $size; $i++) $this->__d[$i] = null; for ($i = $size; $i < $this->__n; $i++) unset($this->__d[$i]); $this->__n = $size; return true; }
    public function count(): int { return $this->__n; }
    public function toArray(): array { return $this->__d; }
    public function offsetExists($i): bool { return $i >= 0 && $i < $this->__n; }
    public function offsetGet($i): mixed { if ($i < 0 || $i >= $this->__n) throw new RuntimeException("Index invalid or out of range"); return $this->__d[$i]; }
    public function offsetSet($i, $v): void { if ($i < 0 || $i >= $this->__n) throw new RuntimeException("Index invalid or out of range"); $this->__d[$i] = $v; }
    public function offsetUnset($i): void { $this->__d[$i] = null; }
    public function getIterator(): Iterator { return new ArrayIterator($this->__d); }
}

abstract class SplHeap implements Iterator, Countable {
    private $__h = [];
    abstract protected function compare($a, $b);
    public function insert($v) { $h = &$this->__h; $h[] = $v; $i = count($h) - 1;
        while ($i > 0) { $p = ($i - 1) >> 1; if ($this->compare($h[$i], $h[$p]) <= 0) break; [$h[$i], $h[$p]] = [$h[$p], $h[$i]]; $i = $p; }
        return true; }
    public function extract(): mixed { $h = &$this->__h; if (!$h) throw new RuntimeException("Can't extract from an empty heap");
        $top = $h[0]; $last = array_pop($h); $n = count($h);
        if ($n) { $h[0] = $last; $i = 0;
            while (true) { $l = 2 * $i + 1; $r = $l + 1; $m = $i;
                if ($l < $n && $this->compare($h[$l], $h[$m]) > 0) $m = $l;
                if ($r < $n && $this->compare($h[$r], $h[$m]) > 0) $m = $r;
                if ($m == $i) break; [$h[$i], $h[$m]] = [$h[$m], $h[$i]]; $i = $m; } }
        return $top; }
    public function top(): mixed { if (!$this->__h) throw new RuntimeException("Can't peek at an empty heap"); return $this->__h[0]; }
    public function isEmpty(): bool { return !$this->__h; }
    public function count(): int { return count($this->__h); }
    public function rewind(): void {}
    public function valid(): bool { return (bool)$this->__h; }
    public function current(): mixed { return $this->__h ? $this->__h[0] : null; }
    public function key(): mixed { return count($this->__h) - 1; }
    public function next(): void { if ($this->__h) $this->extract(); }
}
class SplMinHeap extends SplHeap { protected function compare($a, $b) { return $b <=> $a; } }
class SplMaxHeap extends SplHeap { protected function compare($a, $b) { return $a <=> $b; } }
class SplPriorityQueue implements Iterator, Countable {
    private $__h; private $__serial = 0;
    public function __construct() { $this->__h = new __WeftPQHeap(); }
    public function compare($p1, $p2) { return $p1 <=> $p2; }
    public function insert($value, $priority) { $this->__h->insert([$priority, $this->__serial++, $value]); return true; }
    public function extract(): mixed { return $this->__h->extract()[2]; }
    public function top(): mixed { return $this->__h->top()[2]; }
    public function isEmpty(): bool { return $this->__h->isEmpty(); }
    public function count(): int { return count($this->__h); }
    public function rewind(): void {}
    public function valid(): bool { return !$this->__h->isEmpty(); }
    public function current(): mixed { return $this->__h->isEmpty() ? null : $this->__h->top()[2]; }
    public function key(): mixed { return count($this->__h) - 1; }
    public function next(): void { if (!$this->__h->isEmpty()) $this->__h->extract(); }
}
final class __WeftPQHeap extends SplHeap { protected function compare($a, $b) { return [$a[0], $a[1]] <=> [$b[0], $b[1]]; } }
