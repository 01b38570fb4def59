<?php
$s = new SplStack(); $s->push(1); $s->push(2); $s->push(3); echo $s->pop(), $s->top(), count($s), "\n"; foreach ($s as $v) echo $v; echo "\n";
$q = new SplQueue(); $q->enqueue('a'); $q->enqueue('b'); $q->enqueue('c'); echo $q->dequeue(), count($q), "\n"; foreach ($q as $v) echo $v; echo "\n";
$h = new SplMinHeap(); foreach ([5, 1, 3, 2, 4] as $x) $h->insert($x); echo $h->top(), " "; while (!$h->isEmpty()) echo $h->extract(); echo "\n";
$mh = new SplMaxHeap(); foreach ([5, 1, 3] as $x) $mh->insert($x); foreach ($mh as $v) echo $v; echo count($mh), "\n";
$pq = new SplPriorityQueue(); $pq->insert('lo', 1); $pq->insert('hi', 10); $pq->insert('mid', 5); $pq->insert('mid2', 5); while (!$pq->isEmpty()) echo $pq->extract(), " "; echo "\n";
$os = new SplObjectStorage(); $o1 = new stdClass; $o2 = new stdClass; $os->attach($o1, 'one'); $os->attach($o2); $os[$o2] = 'two'; echo count($os), $os[$o1], $os[$o2], var_export($os->contains($o1), true), "\n"; $os->detach($o1); echo count($os), "\n";
$fa = new SplFixedArray(3); $fa[0] = 'x'; $fa[2] = 'z'; echo $fa->getSize(), implode(',', $fa->toArray()), "\n"; try { $fa[5] = 1; } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
$ao = new ArrayObject(['b' => 2, 'a' => 1]); $ao['c'] = 3; echo count($ao), $ao['a'], "\n"; foreach ($ao as $k => $v) echo "$k=$v "; echo "\n";
$it = new ArrayIterator([1, 2, 3]); foreach ($it as $k => $v) echo "$k:$v "; echo count($it), "\n";
echo implode(",", iterator_to_array(new ArrayIterator(['x' => 1, 'y' => 2]))), "\n";
class Str { function __toString(): string { return "s"; } } var_dump(new Str instanceof Stringable);
try { (new SplStack)->pop(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
