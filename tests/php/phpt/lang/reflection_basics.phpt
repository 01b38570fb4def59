--TEST--
Reflection: classes, methods, functions, closures, parameters and their types/defaults, properties (private, static), constants, errors
--FILE--
<?php
namespace App\Model;
interface HasName { function name(): string; }
abstract class Base implements HasName {
    const KIND = 'base';
    protected static int $count = 0;
    private $secret = 'base-secret';
    public function __construct(protected string $label = 'x') { static::$count++; }
    abstract function area(): float;
    public function name(): string { return static::class; }
    private function hidden(int $a, &$b, ...$rest): ?int { return $a + 1; }
}
final class Circle extends Base {
    const PI = 3.14, KIND2 = 'circle';
    public float $r = 1.0;
    public ?array $tags = null;
    private $secret = 'circle-secret';
    public function __construct(float $r = 2.0, string $label = 'c') { parent::__construct($label); $this->r = $r; }
    public function area(): float { return self::PI * $this->r ** 2; }
    public static function unit(int|string $n = 1, ?Circle $c = null, array $opts = [], $d = self::PI): static { return new static(1.0); }
    protected function prot() {}
}
function helper(int $a, string $b = "hi", ?float ...$more): string { return "$a$b"; }

$rc = new \ReflectionClass(Circle::class);
var_dump($rc);
var_dump($rc->getName(), $rc->getShortName(), $rc->getNamespaceName(), $rc->inNamespace());
var_dump($rc->isFinal(), $rc->isAbstract(), $rc->isInterface(), $rc->isInstantiable(), $rc->isUserDefined());
var_dump((new \ReflectionClass(Base::class))->isAbstract(), (new \ReflectionClass(Base::class))->isInstantiable());
var_dump($rc->getParentClass()->getName(), $rc->getInterfaceNames());
var_dump($rc->implementsInterface(HasName::class), $rc->isSubclassOf(Base::class), $rc->hasMethod('AREA'), $rc->hasMethod('nope'));
foreach ($rc->getMethods() as $m) echo $m->class, '::', $m->getName(), ' ', $m->getModifiers(), ' ', $m->getNumberOfParameters(), '/', $m->getNumberOfRequiredParameters(), "\n";
foreach ($rc->getMethods(\ReflectionMethod::IS_STATIC) as $m) echo "static: ", $m->name, "\n";
foreach ($rc->getProperties() as $p) if (!$p->isStatic()) echo $p->class, '::$', $p->getName(), ' ', $p->getModifiers(), "\n";
var_dump($rc->getConstants(), $rc->getConstant('PI'), $rc->hasConstant('KIND'), $rc->getConstant('NOPE'));
$c = $rc->newInstanceArgs([3.0, 'big']);
var_dump($c->r);
$c2 = $rc->newInstance(r: 5.0);
var_dump($c2->r, $rc->newInstanceArgs(['label' => 'named'])->r);
$m = new \ReflectionMethod(Circle::class, 'unit');
foreach ($m->getParameters() as $p) {
    $t = $p->getType();
    echo $p->getPosition(), ' ', $p->getName(), ' opt=', var_export($p->isOptional(), true), ' type=', $t === null ? '-' : get_class($t) . ':' . $t, ' null=', var_export($p->allowsNull(), true);
    if ($p->isDefaultValueAvailable()) echo ' default=', var_export($p->getDefaultValue(), true);
    echo "\n", $p, "\n";
}
$rt = $m->getReturnType();
var_dump(get_class($rt), (string)$rt, $m->isStatic(), $m->invoke(null)->r);
$h = new \ReflectionMethod(Base::class, 'hidden');
var_dump($h->isPrivate(), $h->isVariadic(), $h->getReturnType()->allowsNull(), $h->getReturnType()->getName(), $h->getReturnType()->isBuiltin());
$h->setAccessible(true);
$x = 0; $y = &$x;
var_dump($h->invokeArgs($c, [41, &$x]));
var_dump($h->invokeArgs($c, [1, &$x]));
$f = new \ReflectionFunction('App\Model\helper');
var_dump($f->getName(), $f->getShortName(), $f->getNumberOfParameters(), $f->getNumberOfRequiredParameters(), $f->isVariadic(), (string)$f->getReturnType());
var_dump($f->invoke(1, "x"), $f->invokeArgs([2]));
foreach ($f->getParameters() as $p) echo $p, "\n";
$cl = function (int $a, $b = [1, 2]) use ($c) { return $a * 2; };
$rf = new \ReflectionFunction($cl);
var_dump($rf->getName(), $rf->isClosure(), $rf->getNumberOfParameters(), $rf->invoke(21), $rf->getParameters()[1]->getDefaultValue());
echo get_class($rf), " ", count((array)$rf), "\n";
$rp = new \ReflectionProperty(Circle::class, 'secret');
$rp->setAccessible(true);
var_dump($rp->getValue($c), $rp->isPrivate(), $rp->getModifiers());
$rp->setValue($c, 'changed');
var_dump($rp->getValue($c));
$bp = new \ReflectionProperty(Base::class, 'secret');
var_dump($bp->getValue($c));
$lp = new \ReflectionProperty(Circle::class, 'label');
var_dump($lp->getValue($c), $lp->isProtected(), $lp->class);
$sp = new \ReflectionProperty(Base::class, 'count');
var_dump($sp->getValue(), $sp->isStatic());
$sp->setValue(10);
var_dump($sp->getValue(), $rc->getStaticPropertyValue('count'));
var_dump(count((array)$rp));
print_r($rp); echo "\n";
try { new \ReflectionFunction('nope'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new \ReflectionMethod(Circle::class, 'nope'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new \ReflectionProperty(Circle::class, 'nope'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new \ReflectionClass('Nope'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
$o = new \ReflectionObject($c);
var_dump($o->getName(), count($o->getProperties()));
var_dump((string)(new \ReflectionFunction(fn(int|string|null $a) => 1))->getParameters()[0]->getType());
var_dump(get_class((new \ReflectionFunction(fn(int|string|null $a) => 1))->getParameters()[0]->getType()));
var_dump((string)(new \ReflectionFunction(fn(null|int $a) => 1))->getParameters()[0]->getType());
var_dump((new \ReflectionFunction(fn(mixed $a) => 1))->getParameters()[0]->allowsNull());
--EXPECT--
object(ReflectionClass)#1 (1) {
  ["name"]=>
  string(16) "App\Model\Circle"
}
string(16) "App\Model\Circle"
string(6) "Circle"
string(9) "App\Model"
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
string(14) "App\Model\Base"
array(1) {
  [0]=>
  string(17) "App\Model\HasName"
}
bool(true)
bool(true)
bool(true)
bool(false)
App\Model\Circle::__construct 1 2/0
App\Model\Circle::area 1 0/0
App\Model\Circle::unit 17 4/0
App\Model\Circle::prot 2 0/0
App\Model\Base::name 1 0/0
static: unit
App\Model\Circle::$r 1
App\Model\Circle::$tags 1
App\Model\Circle::$secret 4
App\Model\Base::$label 2
array(3) {
  ["PI"]=>
  float(3.14)
  ["KIND2"]=>
  string(6) "circle"
  ["KIND"]=>
  string(4) "base"
}
float(3.14)
bool(true)
bool(false)
float(3)
float(5)
float(2)
0 n opt=true type=ReflectionUnionType:string|int null=false default=1
Parameter #0 [ <optional> string|int $n = 1 ]
1 c opt=true type=ReflectionNamedType:?App\Model\Circle null=true default=NULL
Parameter #1 [ <optional> ?App\Model\Circle $c = NULL ]
2 opts opt=true type=ReflectionNamedType:array null=false default=array (
)
Parameter #2 [ <optional> array $opts = [] ]
3 d opt=true type=- null=true default=3.14
Parameter #3 [ <optional> $d = self::PI ]
string(19) "ReflectionNamedType"
string(6) "static"
bool(true)
float(1)
bool(true)
bool(true)
bool(true)
string(3) "int"
bool(true)
int(42)
int(2)
string(16) "App\Model\helper"
string(6) "helper"
int(3)
int(1)
bool(true)
string(6) "string"
string(2) "1x"
string(3) "2hi"
Parameter #0 [ <required> int $a ]
Parameter #1 [ <optional> string $b = 'hi' ]
Parameter #2 [ <optional> ?float ...$more ]
string(19) "App\Model\{closure}"
bool(true)
int(2)
int(42)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
ReflectionFunction 1
string(13) "circle-secret"
bool(true)
int(4)
string(7) "changed"
string(11) "base-secret"
string(3) "big"
bool(true)
string(14) "App\Model\Base"
int(4)
bool(true)
int(10)
int(10)
int(2)
ReflectionProperty Object
(
    [name] => secret
    [class] => App\Model\Circle
)

Function nope() does not exist
Method App\Model\Circle::nope() does not exist
Property App\Model\Circle::$nope does not exist
Class "Nope" does not exist
string(16) "App\Model\Circle"
int(5)
string(15) "string|int|null"
string(19) "ReflectionUnionType"
string(4) "?int"
bool(true)
