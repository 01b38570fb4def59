<?php
// One property site (read, write, compound write, readonly initialization) sees objects of
// more classes than its inline cache holds, with the property at a different slot in each:
// every access must find the object's own slot, also after the site's cache evicted a class.

abstract class Shape {
    public int $hits = 0;
    public function __construct(public readonly string $name) {}
    // the same sites run on every subclass's objects
    public function touch(int $n): int { $this->hits += $n; return $this->hits; }
    public function label(): string { return $this->name . ':' . $this->hits; }
}
class A extends Shape {}
class B extends Shape { public $pad1 = 'b'; }
class C extends Shape { public $pad1 = 'c1'; public $pad2 = 'c2'; }
class D extends Shape { public $pad1, $pad2, $pad3; }
class E extends Shape { public array $list = []; public $pad9 = 9; }
class F extends E { private $secret = 'f'; public function secret() { return $this->secret; } }

// A plain (non-inherited) property of the same name at different slots in unrelated classes.
class P1 { public $v = 1; }
class P2 { public $x = 0; public $v = 2; }
class P3 { public $x = 0, $y = 0; public $v = 3; }
class P4 { public $x = 0, $y = 0, $z = 0; public $v = 4; }
class P5 { public $w = 0, $x = 0, $y = 0, $z = 0; public $v = 5; }
function readv($o) { return $o->v; }
function writev($o, $n) { $o->v = $n; }
function appendv($o, $n) { $o->v .= $n; }

$objs = [];
foreach (['A', 'B', 'C', 'D', 'E', 'F'] as $i => $cls) $objs[] = new $cls(strtolower($cls) . $i);
$sum = 0;
for ($round = 0; $round < 5; $round++) {
    foreach ($objs as $k => $o) $sum += $o->touch($k + $round);
    foreach (array_reverse($objs) as $o) $sum += $o->touch(1);
}
foreach ($objs as $o) echo $o->label(), ' ';
echo "\nsum $sum\n";
echo $objs[1]->pad1, $objs[2]->pad2, var_export($objs[3]->pad3, true), $objs[4]->pad9, $objs[5]->secret(), "\n";

// a readonly property initialized once through the cached site, then a second write fails
foreach ($objs as $o) {
    try {
        (function () { $this->name = 'again'; })->call($o);
    } catch (Error $e) {
        echo get_class($o), ': ', $e->getMessage(), "\n";
    }
}

$ps = [];
for ($i = 0; $i < 15; $i++) $ps[] = new ('P' . ($i % 5 + 1));
$out = [];
foreach ($ps as $i => $p) $out[] = readv($p);
echo implode(',', $out), "\n";
foreach ($ps as $i => $p) writev($p, $i * 10);
foreach ($ps as $i => $p) appendv($p, '!');
$out = [];
foreach ($ps as $p) $out[] = readv($p) . '/' . (property_exists($p, 'w') ? $p->w : '-') . '/' . (property_exists($p, 'z') ? $p->z : '-');
echo implode(' ', $out), "\n";

// a property unset in one object: the cached site falls back to the slow path (undefined)
$u = new P3;
unset($u->v);
echo var_export(@readv($u), true), ' ', readv(new P3), "\n";
