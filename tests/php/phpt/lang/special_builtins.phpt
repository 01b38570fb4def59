--TEST--
strlen, count/sizeof, ord and is_* compiled as php's special-cased built-ins: their answers for every kind of argument, references, undefined variables, coercions and their errors, Countable objects, namespaced functions of the same names
--FILE--
<?php
namespace {
$vals = [null, true, false, 0, 7, -1.5, "", "abc", "12", [], [1, 2], new stdClass, fopen('php://memory', 'r')];
foreach ($vals as $i => $v) {
  echo $i, ': ';
  foreach (['is_array', 'is_string', 'is_int', 'is_integer', 'is_long', 'is_float', 'is_double', 'is_bool', 'is_null', 'is_object', 'is_scalar'] as $f) echo $f($v) ? 1 : 0;
  echo ' ', is_array($v) ? 1 : 0, is_string($v) ? 1 : 0, is_int($v) ? 1 : 0, is_integer($v) ? 1 : 0, is_long($v) ? 1 : 0,
       is_float($v) ? 1 : 0, is_double($v) ? 1 : 0, is_bool($v) ? 1 : 0, is_null($v) ? 1 : 0, is_object($v) ? 1 : 0, is_scalar($v) ? 1 : 0;
  // (weft-php's strlen/ord built-ins word null, array and object arguments' errors unlike php)
  if (is_scalar($v)) echo ' strlen=', strlen($v), ' ord=', ord($v);
  try { echo ' count=', count($v); } catch (TypeError $e) { echo ' ', $e->getMessage(); }
  echo "\n";
}
var_dump(is_null($undef1), is_array($undef3));
try { count($undef4); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$s = "héllo";
$r = &$s;
$a = [1, [2, 3]];
$ra = &$a;
var_dump(strlen($r), ord($r), count($ra), sizeof($ra), is_string($r), is_array($ra), count($a, COUNT_RECURSIVE));
var_dump(strlen("const"), count([1, 2, 3]), ord("A"), is_int(PHP_INT_MAX), is_float(PHP_INT_MAX + 1));
class C implements Countable { public $n = 0; function count(): int { $this->n++; echo "count()\n"; return 5; } }
$c = new C;
var_dump(count($c), sizeof($c));
count($c);
echo $c->n, "\n";
class T implements Countable { function count(): int { throw new LogicException("no count"); } }
try { count(new T); } catch (LogicException $e) { echo get_class($e), ': ', $e->getMessage(), ' line ', $e->getLine(), "\n"; }
function lens(array $xs) { $n = 0; for ($i = 0; $i < count($xs); $i++) $n += strlen($xs[$i]) + ord($xs[$i]); return $n; }
echo lens(["ab", "c", ""]), "\n";
echo strlen(1234), ' ', strlen(1.5), ' ', ord(65), "\n";
}
namespace N {
function strlen($x) { return "N\\strlen"; }
function count($x) { return "N\\count"; }
echo strlen("abc"), ' ', count([1]), ' ', \strlen("abc"), ' ', \count([1]), ' ', is_int(3) ? 'int' : 'no', "\n";
}
--EXPECTF--
0: 00000000100 00000000100 count= count(): Argument #1 ($value) must be of type Countable|array, null given
1: 00000001001 00000001001 strlen=1 ord=49 count= count(): Argument #1 ($value) must be of type Countable|array, bool given
2: 00000001001 00000001001 strlen=0 ord=0 count= count(): Argument #1 ($value) must be of type Countable|array, bool given
3: 00111000001 00111000001 strlen=1 ord=48 count= count(): Argument #1 ($value) must be of type Countable|array, int given
4: 00111000001 00111000001 strlen=1 ord=55 count= count(): Argument #1 ($value) must be of type Countable|array, int given
5: 00000110001 00000110001 strlen=4 ord=45 count= count(): Argument #1 ($value) must be of type Countable|array, float given
6: 01000000001 01000000001 strlen=0 ord=0 count= count(): Argument #1 ($value) must be of type Countable|array, string given
7: 01000000001 01000000001 strlen=3 ord=97 count= count(): Argument #1 ($value) must be of type Countable|array, string given
8: 01000000001 01000000001 strlen=2 ord=49 count= count(): Argument #1 ($value) must be of type Countable|array, string given
9: 10000000000 10000000000 count=0
10: 10000000000 10000000000 count=2
11: 00000000010 00000000010 count= count(): Argument #1 ($value) must be of type Countable|array, stdClass given
12: 00000000000 00000000000 count= count(): Argument #1 ($value) must be of type Countable|array, resource given

Warning: Undefined variable $undef1 in %s on line 14

Warning: Undefined variable $undef3 in %s on line 14
bool(true)
bool(false)

Warning: Undefined variable $undef4 in %s on line 15
count(): Argument #1 ($value) must be of type Countable|array, null given
int(6)
int(104)
int(2)
int(2)
bool(true)
bool(true)
int(4)
int(5)
int(3)
int(65)
bool(true)
bool(true)
count()
count()
int(5)
int(5)
count()
3
LogicException: no count line 27
199
4 3 54
N\strlen N\count 3 1 int
