--TEST--
ArrayAccess in write chains: compound assignment (offsetGet + offsetSet), indirect modification notices, isset/empty
--FILE--
<?php
class Box implements ArrayAccess {
    public $d = ['n' => 1, 'list' => [1, 2], 's' => 'ab'];
    public $inner;
    function __construct() { $this->inner = new ArrayObject([]); }
    function offsetExists($k): bool { echo "exists($k)\n"; return isset($this->d[$k]) || $k === 'obj'; }
    function offsetGet($k): mixed { echo "get($k)\n"; return $k === 'obj' ? $this->inner : ($this->d[$k] ?? null); }
    function offsetSet($k, $v): void { echo "set($k)\n"; if ($k === null) $this->d[] = $v; else $this->d[$k] = $v; }
    function offsetUnset($k): void { echo "unset($k)\n"; unset($this->d[$k]); }
}
$b = new Box;
$b['n'] += 10;
$b['s'] .= 'c';
$b['n'] *= 2;
var_dump($b->d['n'], $b->d['s']);
$b['n']++;
var_dump($b->d['n']);
$b['list'][] = 3;
$b['list'][0] = 9;
var_dump($b->d['list']);
$b['obj']['x'] = 5;
var_dump(count($b->inner));
var_dump(isset($b['n']), isset($b['zz']), empty($b['n']), empty($b['zz']));
var_dump(isset($b['list'][1]));
$b[] = 'appended';
unset($b['n']);
var_dump(array_keys($b->d));
// a returned element or property keeps its holder: writing the copy leaves the original
class P { public $p = [[1]]; function el($i) { return $this->p[$i]; } function all() { return $this->p; } }
$o = new P;
$x = $o->el(0); $x[] = 2;
$y = $o->all(); $y[] = 3;
$f = fn() => $o->p; $z = $f(); $z[0][] = 4;
var_dump($o->p);
--EXPECTF--
get(n)
set(n)
get(s)
set(s)
get(n)
set(n)
int(22)
string(3) "abc"
get(n)

Notice: Indirect modification of overloaded element of Box has no effect in %s on line 16
int(22)
get(list)

Notice: Indirect modification of overloaded element of Box has no effect in %s on line 18
get(list)

Notice: Indirect modification of overloaded element of Box has no effect in %s on line 19
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
get(obj)
int(1)
exists(n)
exists(zz)
exists(n)
get(n)
exists(zz)
bool(true)
bool(false)
bool(false)
bool(true)
exists(list)
get(list)
bool(true)
set()
unset(n)
array(3) {
  [0]=>
  string(4) "list"
  [1]=>
  string(1) "s"
  [2]=>
  int(0)
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
