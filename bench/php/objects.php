<?php
// Object-heavy: a linked list of small objects with method calls and property updates.
class Node {
    public function __construct(public int $value, public ?Node $next = null) {}
    public function bump(int $by): void { $this->value += $by; }
}
class Stack {
    private ?Node $top = null;
    private int $size = 0;
    public function push(int $v): void { $this->top = new Node($v, $this->top); $this->size++; }
    public function pop(): int { $n = $this->top; $this->top = $n->next; $this->size--; return $n->value; }
    public function size(): int { return $this->size; }
    public function bumpAll(int $by): void { for ($n = $this->top; $n !== null; $n = $n->next) $n->bump($by); }
}
$rounds = (int)($argv[1] ?? 30);
$total = 0;
for ($r = 0; $r < $rounds; $r++) {
    $s = new Stack;
    for ($i = 0; $i < 20000; $i++) $s->push($i);
    $s->bumpAll(3);
    while ($s->size() > 0) $total += $s->pop();
}
echo $total, "\n";
