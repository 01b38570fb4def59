<?php
function add($a, $b = 10, ...$rest) { return $a + $b + array_sum($rest); }
echo add(1), " ", add(1, 2), " ", add(1, 2, 3, 4), "\n";
function greet(string $name, string $greeting = "Hello") { return "$greeting, $name!"; }
echo greet(greeting: "Hi", name: "Bob"), " ", greet("Al"), "\n";
function inc(&$x) { $x++; }
$v = 1; inc($v); inc($v); echo $v, "\n";
function &getRef(array &$arr) { return $arr[0]; }
function counter() { static $c = 0; return ++$c; }
counter(); counter(); echo counter(), "\n";
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
echo fact(20), " ", fact(21), "\n";
function typed(int $i, float $f, string $s, bool $b) { var_dump($i, $f, $s, $b); }
typed("5", 3, 4.5, 1);
function nullable(?int $x = null) { return $x ?? "null"; }
echo nullable(), nullable(3), "\n";
$g = 10; function useGlobal() { global $g; $g++; return $g; } echo useGlobal(), $g, "\n";
function varargs() { return func_get_args(); } print_r(varargs(1, 'a'));
function spread($a, $b, $c) { return "$a$b$c"; } echo spread(...[1, 2, 3]), spread(1, ...[2, 3]), "\n";
$fnName = 'strtoupper'; echo $fnName('dyn'), "\n";
echo call_user_func('add', 1, 2), call_user_func_array('add', [1, 2, 3]), "\n";
function gen_fib() { $a = 0; $b = 1; while (true) { yield $a; [$a, $b] = [$b, $a + $b]; } }
foreach (gen_fib() as $i => $f) { if ($i >= 10) break; echo $f, " "; } echo "\n";
function kv() { yield 'a' => 1; yield 'b' => 2; return 3; }
$gen = kv(); foreach ($gen as $k => $val) echo "$k=$val "; echo $gen->getReturn(), "\n";
function echoer() { while (true) { $x = yield; if ($x === null) return; echo "got $x\n"; } }
$e = echoer(); $e->current(); $e->send("a"); $e->send("b");
function recurse($n) { return $n == 0 ? 0 : 1 + recurse($n - 1); } echo recurse(5000), "\n";
function defaults($a = [1, 2], $b = PHP_INT_MAX, $c = null) { return count($a) . $b . var_export($c, true); } echo defaults(), "\n";
echo (function() { return implode(",", func_get_args()); })(1, 2, 3), "\n";
function byRefArr(array &$a) { $a[] = 'new'; } $ar = [1]; byRefArr($ar); print_r($ar);
function noReturn() {} var_dump(noReturn());
echo str_repeat("=", 3), "\n";
try { add(); } catch (ArgumentCountError $ex) { echo get_class($ex), ": ", preg_replace_stub($ex->getMessage()), "\n"; }
function preg_replace_stub($s) { return str_replace(__FILE__, 'FILE', $s); }
