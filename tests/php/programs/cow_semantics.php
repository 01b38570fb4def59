<?php
$a = [1, 2, 3]; $b = &$a[1]; $c = $a; $c[1] = 99; echo $a[1], "\n";
function mod(array $x) { $x[] = 4; return count($x); } $arr = [1]; echo mod($arr), count($arr), "\n";
$o = new stdClass; $o->list = [1]; $l = $o->list; $l[] = 2; echo count($o->list), "\n";
$nested = ['x' => ['y' => 1]]; $copy = $nested; $copy['x']['y'] = 2; echo $nested['x']['y'], "\n";
$strs = ['a']; $s = $strs[0]; $s .= 'b'; echo $strs[0], $s, "\n";
$s1 = 'abc'; $s2 = $s1; $s2 .= 'd'; echo $s1, $s2, "\n";
function gen() { $x = yield 1; echo "got $x\n"; $y = yield 2; echo "got $y\n"; }
$g = gen(); echo $g->current(), "\n"; echo $g->send('A'), "\n"; $g->send('B'); var_dump($g->valid());
$fn = function() { static $calls = 0; return ++$calls; }; $fn(); echo $fn(), "\n";
class A { public $v = []; function add($x) { $this->v[] = $x; return $this; } }
$a1 = new A; $a2 = $a1; $a2->add(1); echo count($a1->v), "\n";
$a3 = clone $a1; $a3->add(2); echo count($a1->v), count($a3->v), "\n";
$data = ['k' => [1, 2]]; foreach ($data['k'] as $i => $v) { $data['k'][$i] = $v * 10; } print_r($data);
$list = [1, 2, 3]; foreach ($list as $i => $v) { unset($list[$i]); } var_dump($list);
$x = ['a' => 1]; $y = $x; $y['b'] = 2; var_dump(count($x), count($y));
$m = [[1]]; $m[0][] = 2; $n = $m; $n[0][] = 3; echo json_encode($m), json_encode($n), "\n";
function addAll(&$arr, ...$vals) { foreach ($vals as $v) $arr[] = $v; } $z = []; addAll($z, 1, 2); echo count($z), "\n";
$str = "hello"; $str[0] = 'J'; $str2 = $str; $str2[1] = 'E'; echo $str, $str2, "\n";
$i = 10; $f = fn() => $i++; $f(); echo $i, "\n";
$arr2 = ['b' => 2, 'a' => 1]; $keys = array_keys($arr2); sort($keys); echo implode($keys), implode(array_keys($arr2)), "\n";
class P { public $items = ['x']; function get() { return $this->items; } } $p = new P; $it = $p->get(); $it[] = 'y'; echo count($p->items), "\n";
$q = [3, 1, 2]; $r = $q; sort($r); echo implode($q), implode($r), "\n";
$st = new SplStack_stub(); class SplStack_stub {}
echo intdiv(PHP_INT_MIN, 1), " ", PHP_INT_MIN % -1, "\n";
var_dump("10" == "1e1", 100 == "1e2", "abc" == 0, null == [], "1" == " 1", [0] == [false]);
var_dump(array_sum(["1", "2.5", 3]), "5" * "4", 7 . '', -7 % 3, 2 ** 64);
echo implode(",", array_unique([3, "3", 1, "a", "A", 1.0])), "\n";
