<?php
interface Visitor { function visitNum(Num $n); function visitAdd(Add $a); }
abstract class Expr { abstract function accept(Visitor $v); }
class Num extends Expr { function __construct(public int $v) {} function accept(Visitor $v) { return $v->visitNum($this); } }
class Add extends Expr { function __construct(public Expr $l, public Expr $r) {} function accept(Visitor $v) { return $v->visitAdd($this); } }
class Evaluator implements Visitor { function visitNum(Num $n) { return $n->v; } function visitAdd(Add $a) { return $a->l->accept($this) + $a->r->accept($this); } }
class Printer implements Visitor { function visitNum(Num $n) { return (string)$n->v; } function visitAdd(Add $a) { return "(" . $a->l->accept($this) . " + " . $a->r->accept($this) . ")"; } }
$e = new Add(new Num(1), new Add(new Num(2), new Num(3)));
echo $e->accept(new Printer), " = ", $e->accept(new Evaluator), "\n";
class Singleton { private static ?Singleton $inst = null; private function __construct() { echo "created\n"; } static function get(): static { return self::$inst ??= new static(); } }
Singleton::get(); Singleton::get(); var_dump(Singleton::get() === Singleton::get());
class EventEmitter { private array $handlers = []; function on(string $e, callable $h): static { $this->handlers[$e][] = $h; return $this; } function emit(string $e, ...$args) { foreach ($this->handlers[$e] ?? [] as $h) $h(...$args); } }
$em = new EventEmitter; $em->on('x', fn($a) => print("h1 $a\n"))->on('x', function($a) { echo "h2 $a\n"; }); $em->emit('x', 42); $em->emit('none');
class Collection implements IteratorAggregate, Countable { private $items; function __construct(array $items = []) { $this->items = $items; }
  function map(callable $f) { return new static(array_map($f, $this->items)); } function filter(callable $f) { return new static(array_values(array_filter($this->items, $f))); }
  function getIterator(): Iterator { foreach ($this->items as $k => $v) yield $k => $v; } function count(): int { return count($this->items); } function toArray() { return $this->items; } }
function from_stub($items) { return $items; }
$c = (new Collection([1, 2, 3, 4, 5]))->map(fn($x) => $x * $x)->filter(fn($x) => $x % 2); echo count($c), " ", implode(",", $c->toArray()), "\n";
abstract class Animal { public function __construct(protected string $name) {} abstract protected function sound(): string; public function speak() { return "{$this->name} says {$this->sound()}"; } }
class Dog extends Animal { protected function sound(): string { return "Woof"; } } class Cat extends Animal { protected function sound(): string { return "Meow"; } }
foreach ([new Dog("Rex"), new Cat("Tom")] as $a) echo $a->speak(), "\n";
class Money { function __construct(public readonly int $cents) {} function add(Money $o): static { return new static($this->cents + $o->cents); } function __toString(): string { return sprintf("$%d.%02d", intdiv($this->cents, 100), $this->cents % 100); } }
echo (new Money(1050))->add(new Money(275)), "\n";
class Stack { private $d = []; function push($x) { $this->d[] = $x; } function pop() { return array_pop($this->d); } function isEmpty() { return !$this->d; } }
$s = new Stack; foreach ([1, 2, 3] as $x) $s->push($x); while (!$s->isEmpty()) echo $s->pop(); echo "\n";
class LinkedList { public $head = null; function add($v) { $n = new stdClass; $n->v = $v; $n->next = $this->head; $this->head = $n; } function toArray() { $r = []; for ($n = $this->head; $n; $n = $n->next) $r[] = $n->v; return $r; } }
$l = new LinkedList; $l->add(1); $l->add(2); $l->add(3); echo implode("->", $l->toArray()), "\n";
