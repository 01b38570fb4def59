--TEST--
Named arguments collected by a variadic parameter (also through spread and new), C::$$name and C::${expr}, closures named in their namespace, union types printed in php's order
--FILE--
<?php
namespace App;
function f(...$a) { var_dump($a); }
f(1, x: 2);
f(...['a' => 1, 'b' => 2]);
function g($p, ...$rest) { var_dump($p, $rest); }
try { g(1, p: 2); } catch (\Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
g(p: 1, q: 2);
g(1, 2, z: 3);
class K {
    public static $count = 5;
    function __construct(public $p = 0, public $q = 0) {}
    function m(...$a) { return $a; }
}
var_dump((new K)->m(y: 3));
$args = ['q' => 5];
$n = 'App\K';
var_dump(get_object_vars(new K(...$args)), get_object_vars(new $n(...$args)), get_object_vars(new ($n)(...["q" => 7])));
try { new K(r: 1); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
$name = 'count';
var_dump(K::$$name, $n::$$name, K::${$name}, K::${'co' . 'unt'});
K::$$name = 6;
var_dump(K::$count);
$f = fn() => K::$$name;
var_dump($f());
$c = function () { echo __FUNCTION__, "\n"; throw new \Exception("y"); };
try { $c(); } catch (\Exception $e) { echo $e->getTraceAsString(), "\n"; }
$t = fn(int $x) => $x;
try { $t("a"); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
function u(int|string|null $a, null|K $b, array|bool|K|float $c): null|K {}
foreach ((new \ReflectionFunction('App\u'))->getParameters() as $p) echo $p->getType(), "\n";
echo (new \ReflectionFunction('App\u'))->getReturnType(), "\n";
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  ["x"]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
Error: Named parameter $p overwrites previous argument
int(1)
array(1) {
  ["q"]=>
  int(2)
}
int(1)
array(2) {
  [0]=>
  int(2)
  ["z"]=>
  int(3)
}
array(1) {
  ["y"]=>
  int(3)
}
array(2) {
  ["p"]=>
  int(0)
  ["q"]=>
  int(5)
}
array(2) {
  ["p"]=>
  int(0)
  ["q"]=>
  int(5)
}
array(2) {
  ["p"]=>
  int(0)
  ["q"]=>
  int(7)
}
Unknown named parameter $r
int(5)
int(5)
int(5)
int(5)
int(6)
int(6)
App\{closure}
#0 %s(27): App\{closure}()
#1 {main}
App\{closure}(): Argument #1 ($x) must be of type int, string given, called in %s on line 29
string|int|null
?App\K
App\K|array|float|bool
?App\K
