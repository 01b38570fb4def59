--TEST--
WeakReference and WeakMap: cleared when the object's last holder goes, values released, numbers reused
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }

$o = new stdClass;
$r = WeakReference::create($o);
var_dump($r === WeakReference::create($o), $r->get() === $o);
$copy = $o;
unset($o);
var_dump($r->get() !== null);
$copy = null;
var_dump($r->get());

$map = new WeakMap;
$a = new stdClass;
$b = new stdClass;
$map[$a] = new D('a');
$map[$b] = [1, 2];
$map[$b][] = 3;
var_dump(count($map), isset($map[$a]), $map[$b]);
foreach ($map as $k => $v) echo get_class($k), ' ', is_array($v) ? 'array' : get_class($v), "\n";
echo "before unset\n";
unset($a);
echo "after unset\n";
var_dump(count($map));
$map[new stdClass] = 5;
var_dump(count($map));

// an object a destructor's object holds: the weak reference is cleared before the destructor
// of what it held runs
class Owner { public $parts = []; function __construct() { $this->parts[] = new Watcher($this); } }
class Watcher {
    private $w;
    function __construct($o) { $this->w = WeakReference::create($o); }
    function __destruct() { var_dump($this->w->get()); }
}
new Owner;

// a freed object's number goes to the next object
$x = new stdClass;
$xr = WeakReference::create($x);
$id = spl_object_id($x);
unset($x);
var_dump(spl_object_id(new stdClass) === $id);

// a cycle goes at gc_collect_cycles()
$c = new stdClass;
$c->self = $c;
$map2 = new WeakMap;
$map2[$c] = 1;
unset($c);
var_dump(count($map2));
gc_collect_cycles();
var_dump(count($map2));

$clone = clone $map2;
$k = new stdClass;
$clone[$k] = 'k';
unset($k);
var_dump(count($clone));

foreach ([fn() => $map[1] = 2, fn() => $map[] = 1, fn() => $map[new stdClass],
          fn() => serialize($map), fn() => serialize($r), fn() => new WeakReference,
          fn() => unserialize('O:13:"WeakReference":0:{}')] as $f) {
    try { $f(); } catch (Throwable $e) { echo get_class($e), ': ', preg_replace('/#\d+/', '#N', $e->getMessage()), "\n"; }
}
echo "end\n";
--EXPECT--
bool(true)
bool(true)
bool(true)
NULL
int(2)
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
stdClass D
stdClass array
before unset
destruct a
after unset
int(1)
int(1)
NULL
bool(true)
int(1)
int(0)
int(0)
TypeError: WeakMap key must be an object
Error: Cannot append to WeakMap
Error: Object stdClass#N not contained in WeakMap
Exception: Serialization of 'WeakMap' is not allowed
Exception: Serialization of 'WeakReference' is not allowed
Error: Direct instantiation of WeakReference is not allowed, use WeakReference::create instead
Exception: Unserialization of 'WeakReference' is not allowed
end
