--TEST--
destructors run when the last holder goes: elements, properties, static properties, references, returns
--FILE--
<?php
class D {
    function __construct(public $n) {}
    function __destruct() { echo "destruct {$this->n}\n"; }
}
class Box { public $d; public $list = []; }

// an array element overwritten, then unset
$a = [new D('e0'), new D('e1')];
$a[0] = 1;
echo "after overwrite of a[0]\n";
unset($a[1]);
echo "after unset of a[1]\n";
$h = ['k' => new D('hash')];
$h['k'] = null;
echo "after hash element\n";

// a property of an object without a destructor, and the object itself
$b = new Box;
$b->d = new D('prop');
$b->d = new D('prop2');
echo "after property overwrite\n";
$b->list[] = new D('in list');
unset($b);
echo "after unset of the box\n";

// a dynamic property
$o = new stdClass;
$o->x = new D('dynamic');
unset($o->x);
echo "after unset of the dynamic property\n";

// a static property
class Reg { public static $inst; }
Reg::$inst = new D('static');
Reg::$inst = null;
echo "after static property\n";

// through a reference parameter
function drop(&$r) { $r = null; echo "dropped in function\n"; }
$v = new D('by ref');
drop($v);
echo "after by-ref drop\n";

// a second holder keeps it
$p = new D('shared');
$q = $p;
unset($p);
echo "still held by q\n";
$q = 5;
echo "after q\n";

// a returned object survives its function's return; its locals do not
function make() { $tmp = new D('tmp'); $keep = new D('returned'); return $keep; }
$r = make();
echo "made {$r->n}\n";
$r = null;

// held by a global array and by a static variable
$GLOBALS['g'] = new D('global');
function st() { static $s; $s = new D('static var'); }
st();
echo "before nested\n";

// nested objects go in turn, after their holder's destructor
$outer = new D('outer');
$outer->inner = new D('inner');
$outer = null;
echo "end\n";
--EXPECTF--
destruct e0
after overwrite of a[0]
destruct e1
after unset of a[1]
destruct hash
after hash element
destruct prop
after property overwrite
destruct prop2
destruct in list
after unset of the box
destruct dynamic
after unset of the dynamic property
destruct static
after static property
destruct by ref
dropped in function
after by-ref drop
still held by q
destruct shared
after q
destruct tmp
made returned
destruct returned
before nested

Deprecated: Creation of dynamic property D::$inner is deprecated in %s on line 67
destruct outer
destruct inner
end
destruct global
destruct static var
