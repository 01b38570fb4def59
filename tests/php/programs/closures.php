<?php
$x = 10;
$byVal = function($y) use ($x) { return $x + $y; };
$byRef = function() use (&$x) { $x++; };
$x = 20; echo $byVal(1), "\n"; $byRef(); $byRef(); echo $x, "\n";
$arrow = fn($a) => $a * $x; echo $arrow(2), "\n";
$nested = fn($a) => fn($b) => $a + $b + $x; echo $nested(1)(2), "\n";
function makeCounter() { $count = 0; return ['inc' => function() use (&$count) { return ++$count; }, 'get' => fn() => $count]; }
$c = makeCounter(); $c['inc'](); $c['inc'](); echo $c['inc'](), "\n";
$compose = fn(callable ...$fs) => fn($v) => array_reduce($fs, fn($acc, $f) => $f($acc), $v);
echo $compose(fn($v) => $v + 1, fn($v) => $v * 2)(5), "\n";
class Multiplier { private $factor = 3; public function get() { return function($v) { return $v * $this->factor; }; } public function arrow() { return fn($v) => $v * $this->factor; } }
$m = new Multiplier; echo $m->get()(5), $m->arrow()(2), "\n";
$unbound = function() { return $this->factor; };
echo Closure::bind($unbound, new Multiplier, Multiplier::class)(), "\n";
echo $unbound->call(new Multiplier), "\n";
$static = static fn() => 42; echo $static(), "\n";
$arr = [3, 1, 2]; usort($arr, function($a, $b) { return $a - $b; }); echo implode($arr), "\n";
echo implode(",", array_map(fn($p) => $p[0] . $p[1], [[1, 'a'], [2, 'b']])), "\n";
$fns = []; for ($i = 0; $i < 3; $i++) { $fns[] = fn() => $i; } echo $fns[0](), $fns[2](), "\n";
$recursive = function($n) use (&$recursive) { return $n <= 1 ? 1 : $n * $recursive($n - 1); }; echo $recursive(5), "\n";
var_dump($byVal instanceof Closure, is_callable($byVal));
$fromCallable = Closure::fromCallable('strtoupper'); echo $fromCallable('abc'), "\n";
class Inv { public function __invoke($x) { return "invoked $x"; } } $inv = new Inv; echo $inv(1), " ", array_map($inv, [2])[0], "\n";
echo implode(",", array_map([new Multiplier, 'arrow'] === null ? 'x' : 'strrev', ['ab', 'cd'])), "\n";
class St { public static function twice($x) { return $x * 2; } } echo implode(",", array_map('St::twice', [1, 2])), implode(",", array_map([St::class, 'twice'], [3])), "\n";
