--TEST--
variable variables: read, write, compound, arrays, isset/unset, in functions, extract/compact
--FILE--
<?php
$name = 'foo';
$$name = 'bar';
echo $foo, "\n";
$$name .= '!';
echo ${'fo' . 'o'}, "\n";
${'dyn'}['k'][] = 1;
var_dump($dyn, isset($$name), isset($nope), $undefinedvv ?? 'dflt');
function f() { $v = 'local'; $$v = 5; echo $local, "\n"; $w = 'other'; $$w = [1]; ${$w}[] = 2; print_r($$w); extract(['zz' => 'ex']); echo compact('zz')['zz'], "\n"; unset($$w); var_dump(isset($$w)); echo $$w; }
f();
class A { public $p = 'prop'; }
$o = new A; $pn = 'p'; echo $o->$pn, "\n";
$arr = ['x' => 'y']; $k = 'arr'; echo $$k['x'], "\n";
--EXPECTF--
bar
bar!
array(1) {
  ["k"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
bool(true)
bool(false)
string(4) "dflt"
5
Array
(
    [0] => 1
    [1] => 2
)
ex
bool(false)

Warning: Undefined variable $other in %s on line 9
prop
y
