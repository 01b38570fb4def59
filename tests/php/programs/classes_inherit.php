<?php
interface Shape { const SIDES = 0; public function area(): float; public function name(): string; }
abstract class Base implements Shape { public function name(): string { return static::class; } abstract public function area(): float; public function describe() { return sprintf("%s with area %.2f", $this->name(), $this->area()); } }
class Circle extends Base { public function __construct(private float $r) {} public function area(): float { return M_PI * $this->r ** 2; } }
class Rect extends Base { const SIDES = 4; public function __construct(protected float $w, protected float $h) {} public function area(): float { return $this->w * $this->h; } }
class Square extends Rect { public function __construct(float $s) { parent::__construct($s, $s); } public function name(): string { return "Square(" . parent::name() . ")"; } }
$shapes = [new Circle(1), new Rect(2, 3), new Square(2)];
foreach ($shapes as $s) echo $s->describe(), " sides=", $s::SIDES, "\n";
var_dump($shapes[2] instanceof Shape, $shapes[2] instanceof Base, $shapes[0] instanceof Rect);
try { new Base; } catch (Error $e) { echo $e->getMessage(), "\n"; }
trait Greets { public $greeting = "Hello"; public function greet() { return $this->greeting . " from " . self::class . " " . $this->who(); } abstract function who(); public static function make() { return new static; } }
trait Logs { protected $log = []; public function log($m) { $this->log[] = $m; return count($this->log); } }
class Person { use Greets, Logs; function who() { return "person"; } }
$pp = Person::make(); echo $pp->greet(), " ", $pp->log("a"), $pp->log("b"), "\n";
trait A { function hi() { return "A"; } } trait B { function hi() { return "B"; } }
class AB { use A, B { A::hi insteadof B; B::hi as hiB; } } $ab = new AB; echo $ab->hi(), $ab->hiB(), "\n";
class P1 { public static function create() { return new static(); } public function who() { return static::class; } public static function sname() { return self::class . "/" . static::class; } }
class C1 extends P1 {} echo get_class(C1::create()), " ", (new C1)->who(), " ", C1::sname(), "\n";
class Cnt { public static $n = 0; public static function inc() { return ++static::$n; } } class Cnt2 extends Cnt {} Cnt::inc(); Cnt2::inc(); echo Cnt::$n, Cnt2::$n, "\n";
class Cnt3 extends Cnt { public static $n = 100; } Cnt3::inc(); echo Cnt::$n, Cnt3::$n, "\n";
class K { const A = 1; const B = self::A * 2; const C = [self::A, self::B]; } echo K::B, count(K::C), "\n";
interface HasName { public function getName(); } interface HasAge { public function getAge(); }
class Emp implements HasName, HasAge { function getName() { return "e"; } function getAge() { return 5; } }
var_dump((new Emp) instanceof HasAge, class_implements_stub());
function class_implements_stub() { return is_subclass_of(new Emp, 'HasName'); }
abstract class Model { protected static $table; public static function table() { return static::$table; } }
class User extends Model { protected static $table = 'users'; } echo User::table(), "\n";
class ParentC { public function __construct() { echo "parent ctor\n"; } } class ChildC extends ParentC {} new ChildC;
class Priv { private function secret() { return "s"; } public function call() { return $this->secret(); } } echo (new Priv)->call(), "\n";
try { (new Priv)->secret(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Ro { public function __construct(public readonly int $v) {} } $ro = new Ro(3); echo $ro->v, "\n"; try { $ro->v = 4; } catch (Error $e) { echo $e->getMessage(), "\n"; }
