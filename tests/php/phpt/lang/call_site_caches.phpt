--TEST--
Call sites remember what they found (methods per class and calling scope, static calls, class types of parameters, instanceof's class) without changing what a call does: polymorphic sites, private and protected methods seen from trait copies and closures bound elsewhere, classes declared after a site first ran
--FILE--
<?php
abstract class Shape {
    abstract protected function area(): float;
    private function tag() { return "Shape"; }
    public function describe() { return $this->tag() . ":" . static::class . ":" . $this->area(); }
    public function twice() { return $this->area() * 2; }
}
class Sq extends Shape {
    function __construct(private float $s) {}
    protected function area(): float { return $this->s * $this->s; }
    private function tag() { return "Sq"; }
}
class Circle extends Shape {
    function __construct(private float $r) {}
    protected function area(): float { return round(3.14159 * $this->r * $this->r, 2); }
}
class Tri extends Shape {
    function __construct(private float $b, private float $h) {}
    protected function area(): float { return $this->b * $this->h / 2; }
}
class Hex extends Tri {}
class Oct extends Sq {}
// one site, five classes in turn (more than it remembers)
$shapes = [new Sq(2), new Circle(1), new Tri(3, 4), new Hex(1, 2), new Oct(3)];
for ($round = 0; $round < 3; $round++)
    foreach ($shapes as $s) echo $s->describe(), " ", $s->twice(), "\n";

// a protected method reached from outside: the error each time, cached or not
foreach ([new Sq(1), new Sq(2)] as $s) {
    try {
        echo $s->area(), "\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

// trait methods are copies sharing their code: each copy calls its own class's private method
trait Greets {
    private function who() { return static::class . " via " . self::class; }
    public function greet() { return "hi from " . $this->who() . " / " . self::helper(); }
    private static function helper() { return "helper of " . self::class; }
}
class A { use Greets; }
class B { use Greets; private function who() { return "B's own"; } }
class C extends A { use Greets; }
foreach ([new A, new B, new C, new A, new C, new B] as $o) echo $o->greet(), "\n";

// the same closure body bound to different scopes
class P { private function secret() { return "P secret"; } protected function prot() { return "P prot"; } }
class Q { private function secret() { return "Q secret"; } protected function prot() { return "Q prot"; } }
$peek = function ($o) { return $o->secret() . ", " . $o->prot(); };
foreach ([[new P, P::class], [new Q, Q::class], [new P, P::class], [new Q, P::class]] as [$o, $scope]) {
    try {
        echo Closure::bind($peek, null, $scope)($o), "\n";
    } catch (Error $e) {
        echo "Error: ", $e->getMessage(), "\n";
    }
}

// static calls: parent::, self::, a class name, static::
class Base {
    public static function make() { return "Base::make for " . static::class; }
    protected static function inner() { return "Base::inner"; }
    public function run() { return self::inner() . " " . static::who() . " " . Base::make(); }
    public static function who() { return "Base"; }
}
class Derived extends Base {
    public static function who() { return "Derived"; }
    public static function make() { return "Derived(" . parent::make() . ")"; }
    protected static function inner() { return "Derived::inner"; }
}
foreach ([new Base, new Derived, new Base, new Derived] as $o) echo get_class($o), ": ", $o->run(), " | ", $o::make(), "\n";
function call_inner() { return Base::inner(); }
for ($i = 0; $i < 2; $i++) {
    try {
        echo call_inner(), "\n";
    } catch (Error $e) {
        echo "Error: ", $e->getMessage(), "\n";
    }
}

// parameter types naming classes: subclasses, interfaces, a class declared after the first call
interface Animal {}
class Dog implements Animal {}
class Puppy extends Dog {}
function feed(Animal $a) { return get_class($a) . " fed"; }
function walk(Dog $d) { return get_class($d) . " walked"; }
function late(?Later $l) { return $l ? get_class($l) . " ok" : "null ok"; }
foreach ([new Dog, new Puppy, new Dog] as $a) echo feed($a), ", ", walk($a), "\n";
echo late(null), "\n";
try {
    echo late(new Dog), "\n";
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
if (true) {
    class Later {}
    class Later2 extends Later {}
}
echo late(new Later), ", ", late(new Later2), "\n";
try {
    echo walk(new stdClass), "\n";
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}

// instanceof a constant name: before the class exists, then after
function is_late($x) { return $x instanceof LateToo ? "yes" : "no"; }
echo is_late(new Dog), " ";
if (true) { class LateToo {} class LateSub extends LateToo {} }
echo is_late(new LateToo), " ", is_late(new LateSub), " ", is_late(new Dog), " ", is_late(42), "\n";
foreach ([new Dog, new Puppy, new stdClass] as $x)
    echo var_export($x instanceof Animal, true), var_export($x instanceof Dog, true), var_export($x instanceof Puppy, true), " ";
echo "\n";
--EXPECTF--
Shape:Sq:4 8
Shape:Circle:3.14 6.28
Shape:Tri:6 12
Shape:Hex:1 2
Shape:Oct:9 18
Shape:Sq:4 8
Shape:Circle:3.14 6.28
Shape:Tri:6 12
Shape:Hex:1 2
Shape:Oct:9 18
Shape:Sq:4 8
Shape:Circle:3.14 6.28
Shape:Tri:6 12
Shape:Hex:1 2
Shape:Oct:9 18
Error: Call to protected method Sq::area() from global scope
Error: Call to protected method Sq::area() from global scope
hi from A via A / helper of A
hi from B's own / helper of B
hi from C via C / helper of C
hi from A via A / helper of A
hi from C via C / helper of C
hi from B's own / helper of B
P secret, P prot
Q secret, Q prot
P secret, P prot
Error: Call to private method Q::secret() from scope P
Base: Base::inner Base Base::make for Base | Base::make for Base
Derived: Base::inner Derived Base::make for Base | Derived(Base::make for Derived)
Base: Base::inner Base Base::make for Base | Base::make for Base
Derived: Base::inner Derived Base::make for Base | Derived(Base::make for Derived)
Error: Call to protected method Base::inner() from global scope
Error: Call to protected method Base::inner() from global scope
Dog fed, Dog walked
Puppy fed, Puppy walked
Dog fed, Dog walked
null ok
TypeError: late(): Argument #1 ($l) must be of type ?Later, Dog given, called in %s on line 92
Later ok, Later2 ok
TypeError: walk(): Argument #1 ($d) must be of type Dog, stdClass given, called in %s on line 102
no yes yes no no
truetruefalse truetruetrue falsefalsefalse
