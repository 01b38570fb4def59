--TEST--
`$x++;` and `$x--;` as statements (their value unused): ints at the limits, floats, null, undefined variables, strings, booleans, references, arrays and objects (errors)
--FILE--
<?php
function f() {
  $i = 5; $i++; ++$i; $i--; --$i; $i--; var_dump($i);
  $m = PHP_INT_MAX; $m++; var_dump($m);
  $m = PHP_INT_MIN; $m--; var_dump($m);
  $f = 1.5; $f++; $f--; $f--; var_dump($f);
  $n = null; $n++; var_dump($n);
  $n = null; $n--; var_dump($n);
  $u++; var_dump($u);
  $d--; var_dump($d);
  $s = "a"; $s++; var_dump($s);
  $s = "Az"; $s++; var_dump($s);
  $s = "9"; $s++; var_dump($s);
  $s = "1.5"; $s--; var_dump($s);
  $s = ""; $s++; var_dump($s);
  $b = true; $b++; var_dump($b);
  $r = 1; $rr = &$r; $rr++; $r++; var_dump($r, $rr);
  $a = [1];
  try { $a++; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
  $o = new stdClass;
  try { $o--; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
  $arr = [3]; $arr[0]++; $arr[1]--; var_dump($arr);
  $obj = new stdClass; $obj->p = 1; $obj->p++; var_dump($obj->p);
}
f();
$g = 1; $g++;
function h() { global $g; $g++; $g++; }
h();
var_dump($g);
set_error_handler(function ($no, $msg) { throw new Exception($msg); });
function thrower() {
  try { $x++; echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  try { for ($i = 0; $i < $nolimit; $i++); echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
  try { for (; $c < 2; $c++); echo "not here\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
}
thrower();
--EXPECTF--
int(4)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(0.5)
int(1)
NULL

Warning: Undefined variable $u in %s on line 9
int(1)

Warning: Undefined variable $d in %s on line 10
NULL
string(1) "b"
string(2) "Ba"
int(10)
float(0.5)
string(1) "1"
bool(true)
int(3)
int(3)
TypeError: Cannot increment array
TypeError: Cannot decrement stdClass

Warning: Undefined array key 1 in %s on line 22
array(2) {
  [0]=>
  int(4)
  [1]=>
  NULL
}
int(2)
int(4)
caught: Undefined variable $x
caught: Undefined variable $nolimit
caught: Undefined variable $c
