--TEST--
Temporaries reused within an expression (a result written over its operands' registers): nested arithmetic, element and property reads, casts, unary operators, ternaries and coalescing, compound assignment of expressions, and objects with destructors held in temporaries
--FILE--
<?php
function A($i, $j) { return 1.0 / ((($i + $j) * ($i + $j + 1) >> 1) + $i + 1); }
var_dump(A(3, 4), A(0, 0));
function nested($a, $o) {
  $x = $a[$a[0]][$a[1]] + $a[2][0] * -$a[1];
  $y = (int)((string)$x . "7") + $o->p->q[1] - $o->p->q[0];
  $z = !($x < $y) ? ~$x : -($y % 5);
  $w = ($a[5] ?? $a[0] + 1) + ($o->nope ?? 40) + ($a[2][0] ? $a[1] + $a[1] : 0);
  $t = $x > 0 ? ($y > 0 ? "both" : "x") : "neither";
  $s = 1.5;
  $s += $a[1] * 2 + $x;
  $s -= $o->p->q[1] / 2;
  $s *= -$a[1];
  $c = 10;
  $c %= $a[1] + 2;
  $c <<= $a[0] + 1;
  $c **= 2;
  $c /= $a[1] * 4;
  $str = "a";
  $str .= $a[1] . "-" . $x;
  return [$x, $y, $z, $w, $t, $s, $c, $str];
}
$o = new stdClass; $o->p = new stdClass; $o->p->q = [3, 9];
var_dump(nested([1, 2, [5, 6], [1, 2, 3]], $o));
// compound assignment whose operand is a temporary, on a reference, an array and undefined
function compound() {
  $r = 1; $rr = &$r;
  $r += strlen("abc") * 2;
  var_dump($rr);
  $arr = [1, 2];
  $arr += [5, 6, 7];
  var_dump($arr);
  $u += 2 * 3;
  var_dump($u);
  try { $arr -= 1 + 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
  try { $q = 1; $q %= 0 + 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
}
compound();
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } function v() { return $this->n; } }
function make($n) { return new D($n); }
function objs() {
  $v = make(1)->v() + make(2)->v() * make(3)->v();
  echo "v=$v\n";
  $w = (make(4)->v() + 1) . "-" . (make(5)->v() + 1);
  echo "w=$w\n";
}
objs();
echo "end\n";
--EXPECTF--
float(0.03125)
float(1)

Warning: Trying to access array offset on value of type int in %s on line 5
array(8) {
  [0]=>
  int(-10)
  [1]=>
  int(-101)
  [2]=>
  int(9)
  [3]=>
  int(46)
  [4]=>
  string(7) "neither"
  [5]=>
  float(18)
  [6]=>
  int(8)
  [7]=>
  string(6) "a2--10"
}
int(7)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(7)
}

Warning: Undefined variable $u in %s on line 33
int(6)
Unsupported operand types: array - int
Modulo by zero
destruct 1
destruct 2
destruct 3
v=7
destruct 4
destruct 5
w=5-6
end
