--TEST--
null coalescing, nullsafe, spaceship
--FILE--
<?php
$a = ['x' => null, 'y' => 0];
var_dump($a['x'] ?? 'd', $a['y'] ?? 'd', $a['z']['w'] ?? 'deep');
$o = null;
var_dump($o?->foo, $o?->bar());
$a['z'] ??= 'set'; var_dump($a['z']);
class C { public ?C $next = null; public $v = 1; }
$c = new C; var_dump($c->next?->v, $c?->v);
--EXPECT--
string(1) "d"
int(0)
string(4) "deep"
NULL
NULL
string(3) "set"
NULL
int(1)
