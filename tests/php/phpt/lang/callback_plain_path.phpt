--TEST--
callbacks of built-ins on invoke_plain's path and beside it: defaults, coerced and rejected typed parameters, use by value and by reference, $this and static closures, extra arguments, by-reference results, generators, exceptions, named methods and strings, recursion through array_map; argument errors name the calling line only for call_user_func
--FILE--
<?php
$a = [5, 3, 9, 1];
usort($a, fn($x, $y) => $x <=> $y);
echo implode(',', $a), "\n";
echo implode(',', array_map(function ($x, $k = 'd') { return "$x$k"; }, [1, 2])), "\n";
echo implode(',', array_map(fn(int $x) => $x * 2, ["3", 4.0, true])), "\n";
try { array_map(fn(int $x) => $x, ["x"]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo implode(',', array_map(fn(float $x) => var_export($x, true), [1, "2.5"])), "\n";
$n = 0;
array_map(function ($x) use (&$n) { $n += $x; }, [1, 2, 3]);
$m = 10;
$add = function ($x) use ($m) { $m++; return $x + $m; };
echo $n, ' ', implode(',', array_map($add, [1, 2])), ' ', $m, "\n";
class P {
  private $k = 3;
  function run(array $v) { return array_map(fn($x) => $x * $this->k, $v); }
  function filt(array $v) { return array_filter($v, static function ($x) { return $x % 2; }); }
  static function twice($x) { return 2 * $x; }
  function inc($x) { return $x + $this->k; }
}
$p = new P;
echo implode(',', $p->run([1, 2])), ' ', implode(',', $p->filt([1, 2, 3])), "\n";
echo implode(',', array_map('P::twice', [1, 2])), ' ', implode(',', array_map([$p, 'inc'], [1])), "\n";
echo implode(',', array_map(function ($x) { return count(func_get_args()) . json_encode(func_get_args()); }, [7])), "\n";
var_dump(array_filter([1, 2, 3, 4], function ($v, $k) { return func_num_args() == 2 && $k % 2; }, ARRAY_FILTER_USE_BOTH));
$store = [1, 2];
$ref = function &($i) use (&$store) { return $store[$i]; };
echo array_sum(array_map($ref, [0, 1])), "\n";
$gen = function ($x) { yield $x; yield $x + 1; };
foreach (array_map($gen, [10]) as $g) echo implode(',', iterator_to_array($g)), "\n";
try {
  usort($a, function ($x, $y) { if ($x == 9 || $y == 9) throw new RuntimeException("cmp $x $y"); return $x <=> $y; });
} catch (RuntimeException $e) { echo get_class($e), ' ', $e->getLine(), "\n"; }
try { array_map(function ($x, $y) { return $x; }, [1]); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
function depth($v) { static $d = 0; $d++; $r = $v > 0 ? array_sum(array_map('depth', [$v - 1, $v - 1])) : 1; $d--; return $r; }
echo depth(5), "\n";
echo array_reduce([1, 2, 3], fn($c, $x) => $c + $x, 0), "\n";
$words = ['b' => 2, 'a' => 1];
uksort($words, fn(string $x, string $y): int => strcmp($x, $y));
echo json_encode($words), "\n";
echo preg_replace_callback('/\d/', fn($m) => $m[0] * 2, 'a1b2'), "\n";
function g(int $a, $b) {}
try { call_user_func('g', 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { call_user_func('g', 'x', 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { array_map('g', ['x'], [1]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { array_map('g', [1]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function typed_ret($x): string { return $x; }
var_dump(array_map('typed_ret', [1]));
--EXPECTF--
1,3,5,9
1d,2d
6,8,2
{closure}(): Argument #1 ($x) must be of type int, string given
1.0,2.5
6 12,13 10
3,6 1,3
2,4 4
1[7]
array(2) {
  [1]=>
  int(2)
  [3]=>
  int(4)
}
3
10,11
RuntimeException 32
Too few arguments to function {closure}(), 1 passed and exactly 2 expected
32
6
{"a":1,"b":2}
a2b4
Too few arguments to function g(), 1 passed in %s on line 43 and exactly 2 expected
g(): Argument #1 ($a) must be of type int, string given, called in %s on line 44
g(): Argument #1 ($a) must be of type int, string given
Too few arguments to function g(), 1 passed and exactly 2 expected
array(1) {
  [0]=>
  string(1) "1"
}
