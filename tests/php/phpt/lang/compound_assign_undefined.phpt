--TEST--
Compound assignment and operators on undefined variables and references: one warning per read, php's order (the value first), and an exception from the error handler raised at once
--FILE--
<?php
function f() {
  $x += 1; var_dump($x);
  $y .= "a"; var_dump($y);
  $z *= $w; var_dump($z);
  $r = 2; $rr = &$r; $r += 3; $r *= 1.5; var_dump($r, $rr + 1, $rr < 6, $rr - 0.5);
}
f();
set_error_handler(function ($no, $msg) { throw new Exception($msg); });
function g() {
  $a = [1, 2];
  try { $a[1] = $u1; echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  $h = ['k' => 1];
  try { $h['k'] = $u2; echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  try { $h['n'] = $u3; echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  try { $v = $u4; echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  try { if ($u5 < 3) echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  $o = new stdClass;
  try { $o->p = $u6; echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  try { $c = 1; $c += $u7; echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  var_dump($a, $h, $o->p);
  $q = []; $q['10'] = 'a'; $q[10] = 'b'; $q['-3'] = 'c'; $q['01'] = 'd'; $q['x'] = 'e'; $q['x'] = 'f';
  var_dump($q);
}
g();
--EXPECTF--
Warning: Undefined variable $x in %s on line 3
int(1)

Warning: Undefined variable $y in %s on line 4
string(1) "a"

Warning: Undefined variable $w in %s on line 5

Warning: Undefined variable $z in %s on line 5
int(0)
float(7.5)
float(8.5)
bool(false)
float(7)
caught: Undefined variable $u1
caught: Undefined variable $u2
caught: Undefined variable $u3
caught: Undefined variable $u4
caught: Undefined variable $u5
caught: Undefined variable $u6
caught: Undefined variable $u7
array(2) {
  [0]=>
  int(1)
  [1]=>
  NULL
}
array(2) {
  ["k"]=>
  NULL
  ["n"]=>
  NULL
}
NULL
array(4) {
  [10]=>
  string(1) "b"
  [-3]=>
  string(1) "c"
  ["01"]=>
  string(1) "d"
  ["x"]=>
  string(1) "f"
}
