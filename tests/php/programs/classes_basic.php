<?php
class Point {
    public $x = 0;
    public $y = 0;
    const ORIGIN = 'origin';
    public static $count = 0;
    public function __construct($x = 0, $y = 0) { $this->x = $x; $this->y = $y; self::$count++; static::$count += 0; }
    public function add(Point $o): Point { return new Point($this->x + $o->x, $this->y + $o->y); }
    public function __toString(): string { return "($this->x, $this->y)"; }
    public static function create($x, $y) { return new static($x, $y); }
}
$p = new Point(1, 2); $q = Point::create(3, 4);
echo $p->add($q), " ", Point::$count, " ", Point::ORIGIN, " ", $p::ORIGIN, "\n";
var_dump($p);
print_r($q); echo "\n";
class Point3 extends Point {
    public $z = 0;
    public function __construct($x = 0, $y = 0, $z = 0) { parent::__construct($x, $y); $this->z = $z; }
    public function __toString(): string { return "(" . $this->x . ", " . $this->y . ", " . $this->z . ")"; }
}
$r = new Point3(1, 2, 3); echo $r, " ", Point::$count, "\n";
var_dump($r instanceof Point, $r instanceof Point3, $p instanceof Point3);
echo get_class($r), " ", get_parent_class($r), "\n";
class Promo { public function __construct(public int $a, protected string $b = "bee", private array $c = []) {} public function b() { return $this->b; } }
$pr = new Promo(5); print_r($pr); echo $pr->a, $pr->b(), "\n";
$o = new stdClass; $o->dyn = 1; $o->list[] = 5; print_r($o);
$clone = clone $p; $clone->x = 99; echo $p->x, " ", $clone->x, "\n";
class WithClone { public $items = []; public $obj; function __construct() { $this->obj = new stdClass; } function __clone() { $this->obj = clone $this->obj; } }
$w1 = new WithClone; $w1->obj->v = 1; $w2 = clone $w1; $w2->obj->v = 2; echo $w1->obj->v, $w2->obj->v, "\n";
$a1 = new Point(1, 1); $a2 = new Point(1, 1); $a3 = $a1;
var_dump($a1 == $a2, $a1 === $a2, $a1 === $a3);
$cls = 'Point'; $dyn = new $cls(7, 8); echo $dyn, "\n";
$method = 'add'; echo $p->$method($p), "\n";
$prop = 'x'; echo $p->$prop, "\n";
echo $p?->x, " ", var_export(null?->x, true), "\n";
class Counter { private int $n = 0; public function inc(): static { $this->n++; return $this; } public function get(): int { return $this->n; } }
echo (new Counter)->inc()->inc()->inc()->get(), "\n";
class Magic { private $data = []; public function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; } public function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; } public function __isset($n) { return isset($this->data[$n]); } public function __unset($n) { unset($this->data[$n]); } public function __call($m, $a) { return "$m(" . implode(",", $a) . ")"; } public static function __callStatic($m, $a) { return "static $m"; } }
$mg = new Magic; $mg->foo = 5; echo $mg->foo, "\n"; var_dump(isset($mg->foo), isset($mg->bar)); echo $mg->doIt(1, 2), " ", Magic::stat(), "\n";
var_dump(method_exists($p, 'add'), property_exists('Point', 'x'), get_object_vars($p));
class Temp { public $a = 1; protected $b = 2; private $c = 3; public function vars() { return get_object_vars($this); } }
print_r(get_object_vars(new Temp)); print_r((new Temp)->vars()); print_r((array)new Temp === null); var_dump(count((array)new Temp));
foreach (new Temp as $k => $v) echo "$k=$v "; echo "\n";
