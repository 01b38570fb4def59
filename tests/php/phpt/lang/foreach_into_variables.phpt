--TEST--
foreach by value into plain variables: assignment semantics and order (value, then key)
--FILE--
<?php
foreach (["a" => 1] as $x => $x) var_dump($x);
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
$arr = ['k1' => new D(1), 'k2' => new D(2)];
$v = new D(0); $k = new D(-1);
foreach ($arr as $k => $v) echo "iter $k\n";
unset($arr);
echo "after\n";
$v = null;
echo "released\n";
function f() { static $s = 5; $s2 = &$s; foreach ([1, 2, 3] as $s2) {} return $s; }
var_dump(f());
$g = 1;
function h() { global $g; foreach ([7, 8] as $g) {} }
h();
var_dump($g);
$r = 0; $ref = &$r;
foreach (['x' => 10, 'y' => 20] as $ref => $val) {}
var_dump($r, $val);
// The value is a copy: changing it or the array leaves the other alone.
$a = [[1], [2]];
foreach ($a as $i => $e) { $e[] = 9; $a[$i][] = 5; }
var_dump($a, $e);
// Keys and values from generators, objects and Iterators.
function gen() { yield [1] => 'arr-key'; yield 'k' => 'v'; }
foreach (gen() as $gk => $gv) var_dump($gk, $gv);
$o = new stdClass; $o->p = 1; $o->q = [2];
foreach ($o as $pk => $pv) var_dump($pk, $pv);
$it = new ArrayIterator(['i' => 'j']);
foreach ($it as $ik => $iv) var_dump($ik, $iv);
// Mixed targets keep working: list, property and element keys.
$obj = new stdClass;
foreach (['m' => [1, 2]] as $obj->key => [$p, $q]) var_dump($obj->key, $p, $q);
$keys = [];
foreach (['n' => 3] as $keys[] => $nv) var_dump($keys, $nv);
// The variables keep the last element after the loop, and after a break.
foreach ([1, 2, 3] as $lk => $lv) if ($lv == 2) break;
var_dump($lk, $lv);
foreach ([] as $ek => $ev) {}
var_dump(isset($ek), isset($ev));
--EXPECT--
string(1) "a"
destruct 0
destruct -1
iter k1
iter k2
destruct 1
after
destruct 2
released
int(3)
int(8)
string(1) "y"
int(20)
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(5)
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(5)
  }
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(9)
}
array(1) {
  [0]=>
  int(1)
}
string(7) "arr-key"
string(1) "k"
string(1) "v"
string(1) "p"
int(1)
string(1) "q"
array(1) {
  [0]=>
  int(2)
}
string(1) "i"
string(1) "j"
string(1) "m"
int(1)
int(2)
array(1) {
  [0]=>
  string(1) "n"
}
int(3)
int(1)
int(2)
bool(false)
bool(false)
