--TEST--
Reflection attributes: getAttributes on classes, functions, methods, closures, parameters and properties (name filter, IS_INSTANCEOF), getArguments with named arguments and constants, newInstance with php's validation errors, isRepeated/getTarget
--FILE--
<?php
#[Attribute]
class Tag { public function __construct(public string $name = 'none', public int $level = 0) {} }
#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
class OnlyMethod {}
class NotAnAttribute {}
interface Marker {}
#[Attribute]
class Sub implements Marker {}

#[Tag('cls', level: 2), Sub]
#[NotAnAttribute]
class C {
    const K = 5;
    #[Tag(name: 'prop')] public $p;
    #[OnlyMethod] #[OnlyMethod]
    public function m(#[Tag(self::K . 'x')] $a) {}
    #[Missing(1)] public function n() {}
}
#[Tag(PHP_INT_SIZE, level: C::K)] #[OnlyMethod]
function f() {}

function show(array $attrs) {
    foreach ($attrs as $a) {
        echo $a->getName(), " target=", $a->getTarget(), " repeated=", var_export($a->isRepeated(), true), " args=", json_encode($a->getArguments()), "\n";
        try { $o = $a->newInstance(); echo get_class($o), json_encode(get_object_vars($o)), "\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    }
}
$rc = new ReflectionClass('C');
show($rc->getAttributes());
show($rc->getAttributes('tag'));
show($rc->getAttributes(Marker::class, ReflectionAttribute::IS_INSTANCEOF));
show($rc->getMethod('m')->getAttributes());
show($rc->getMethod('m')->getParameters()[0]->getAttributes());
show($rc->getMethod('n')->getAttributes());
show($rc->getProperty('p')->getAttributes());
show((new ReflectionFunction('f'))->getAttributes());
show((new ReflectionFunction(#[Tag('closure')] fn() => 1))->getAttributes());
var_dump(count((new ReflectionFunction('show'))->getAttributes()));
try { $rc->getAttributes(null, 5); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $rc->getAttributes('Nope', ReflectionAttribute::IS_INSTANCEOF); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo json_encode(get_object_vars(new Attribute)), Attribute::TARGET_ALL, "\n";
--EXPECT--
Tag target=1 repeated=false args={"0":"cls","level":2}
Tag{"name":"cls","level":2}
Sub target=1 repeated=false args=[]
Sub[]
NotAnAttribute target=1 repeated=false args=[]
Error: Attempting to use non-attribute class "NotAnAttribute" as attribute
Tag target=1 repeated=false args={"0":"cls","level":2}
Tag{"name":"cls","level":2}
Sub target=1 repeated=false args=[]
Sub[]
OnlyMethod target=4 repeated=true args=[]
OnlyMethod[]
OnlyMethod target=4 repeated=true args=[]
OnlyMethod[]
Tag target=32 repeated=false args=["5x"]
Tag{"name":"5x","level":0}
Missing target=4 repeated=false args=[1]
Error: Attribute class "Missing" not found
Tag target=8 repeated=false args={"name":"prop"}
Tag{"name":"prop","level":0}
Tag target=2 repeated=false args={"0":8,"level":5}
Tag{"name":"8","level":5}
OnlyMethod target=2 repeated=false args=[]
Error: Attribute "OnlyMethod" cannot target function (allowed targets: method)
Tag target=2 repeated=false args=["closure"]
Tag{"name":"closure","level":0}
int(0)
ValueError: ReflectionClass::getAttributes(): Argument #2 ($flags) must be a valid attribute filter flag
Error: Class "Nope" not found
{"flags":63}63
