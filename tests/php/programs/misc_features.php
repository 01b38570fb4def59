<?php
class Reg { public static $items = []; public $data = []; private $cfg = ['a' => ['b' => 1]];
  static function add($k, $v) { self::$items[$k][] = $v; static::$items['count'] = (static::$items['count'] ?? 0) + 1; }
  function put($k, $v) { $this->data[$k][] = $v; $this->data['n'] ??= 0; $this->data['n']++; return $this; }
  function cfg() { $this->cfg['a']['c'] = 2; unset($this->cfg['a']['b']); return $this->cfg; } }
Reg::add('x', 1); Reg::add('x', 2); print_r(Reg::$items);
$r = (new Reg)->put('a', 1)->put('a', 2); print_r($r->data); print_r($r->cfg());
function gen_inner() { yield 1; yield 2; return 'inner-ret'; }
function gen_outer() { $r = yield from gen_inner(); yield 3; yield from ['a' => 4, 'b' => 5]; return $r; }
$g = gen_outer(); foreach ($g as $k => $v) echo "$k=>$v "; echo $g->getReturn(), "\n";
function counter_gen($n) { for ($i = 1; $i <= $n; $i++) { yield $i; } }
echo array_sum(iterator_to_array(counter_gen(10))), "\n";
$matrix = [[1, 2, 3], [4, 5, 6]];
$t = array_map(null, ...$matrix); print_r($t);
echo implode(' ', array_map(fn($row) => implode(',', $row), $matrix)), "\n";
$s = 'The quick brown fox';
$words = explode(' ', $s); usort($words, fn($a, $b) => strlen($a) <=> strlen($b) ?: strcmp($a, $b)); echo implode(' ', $words), "\n";
$freq = []; foreach (str_split(strtolower(str_replace(' ', '', $s))) as $ch) { $freq[$ch] = ($freq[$ch] ?? 0) + 1; } arsort($freq); echo json_encode(array_slice($freq, 0, 3, true)), "\n";
echo str_pad(decbin(10), 8, '0', STR_PAD_LEFT), ' ', dechex(255), ' ', hexdec('ff'), ' ', octdec('17'), ' ', bindec('1010'), ' ', base_convert('zz', 36, 10), "\n";
echo intval('0x1A', 16), ' ', intval('012', 0 + 8), ' ', intval(' 42 '), ' ', floatval('1.5e3abc'), "\n";
$a = ['x' => 1, 'y' => 2]; foreach ($a as $k => $v) { if ($k == 'x') { $a['z'] = 3; } } print_r($a);
$i = 0; $arr = []; $arr[$i++] = $i; $arr[$i++] = $i; print_r($arr);
$x = ['a' => ['b' => ['c' => 5]]]; echo $x['a']['b']['c'] ?? 'none', isset($x['a']['x']['y']) ? 'set' : 'unset', "\n";
$str = 'hello'; echo $str[0], $str[-1], substr($str, 1, 3), strtoupper($str[1]), "\n";
echo str_repeat('=', 10), PHP_EOL;
printf("%-10s|%5.1f|%03d\n", 'name', 3.14159, 7);
list('a' => $aa, 'b' => list($bb, $cc)) = ['a' => 1, 'b' => [2, 3]]; echo $aa + $bb + $cc, "\n";
$fnArr = ['strtoupper', 'strrev', fn($s) => "[$s]"]; $val = 'abc'; foreach ($fnArr as $f) $val = $f($val); echo $val, "\n";
try { echo max([]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
