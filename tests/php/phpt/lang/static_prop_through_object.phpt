--TEST--
static properties used through an object: notices, visibility errors; #[AllowDynamicProperties]
--FILE--
<?php
class C {
    public static $x = 'static x';
    protected static $y = 'static y';
    function inside() { $this->y = 'dyn y'; return $this->y; }
}
$c = new C;
var_dump(isset($c->x));
echo $c->x, "\n";
$c->x = 'dyn x';
echo $c->x, "\n";
$r = 'ref';
$c->x =& $r;
$c->x .= '!';
var_dump($r, C::$x);
unset($c->x);
var_dump(isset($c->x), $c->inside());
foreach (['read', 'write', 'unset'] as $op) {
    try {
        $d = new C;
        if ($op == 'read') echo $d->y;
        if ($op == 'write') $d->y = 1;
        if ($op == 'unset') unset($d->y);
    } catch (Error $e) {
        echo $op, ": ", $e->getMessage(), "\n";
    }
}
#[AllowDynamicProperties]
class D {}
class E extends D {}
#[Attr, \AllowDynamicProperties]
class F {}
class G {}
$e = new E; $e->a = 1; $f = new F; $f->b = 2; $g = new G; $g->c = 3;
echo $e->a, $f->b, $g->c, "\n";
--EXPECTF--
bool(false)

Notice: Accessing static property C::$x as non static in %s on line 9

Warning: Undefined property: C::$x in %s on line 9


Notice: Accessing static property C::$x as non static in %s on line 10

Deprecated: Creation of dynamic property C::$x is deprecated in %s on line 10

Notice: Accessing static property C::$x as non static in %s on line 11
dyn x

Notice: Accessing static property C::$x as non static in %s on line 13

Notice: Accessing static property C::$x as non static in %s on line 14
string(4) "ref!"
string(8) "static x"

Notice: Accessing static property C::$x as non static in %s on line 16

Notice: Accessing static property C::$y as non static in %s on line 5

Deprecated: Creation of dynamic property C::$y is deprecated in %s on line 5

Notice: Accessing static property C::$y as non static in %s on line 5
bool(false)
string(5) "dyn y"
read: Cannot access protected property C::$y
write: Cannot access protected property C::$y
unset: Cannot access protected property C::$y

Deprecated: Creation of dynamic property G::$c is deprecated in %s on line 34
123
