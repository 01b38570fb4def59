--TEST--
Reflection: looking up classes, methods and properties, ReflectionException texts
--FILE--
<?php
spl_autoload_register(function ($name) { echo "autoload: $name\n"; });
interface I {}
class P {}
class A extends P implements I { public $x; protected $y; function Foo() {} static function bar() {} }
$r = new ReflectionClass("a");
print_r($r); echo "\n"; var_dump($r->getName(), $r->getShortName(), $r->isInterface(), $r->hasMethod('foo'), $r->hasProperty('y'));
print_r($r->getParentClass()); echo "\n"; var_dump((new ReflectionClass('P'))->getParentClass());
var_dump($r->implementsInterface('I'), $r->isSubclassOf('P'), $r->isInstance(new A), get_class($r->newInstance()));
print_r([new ReflectionObject(new A), $r->getMethod('FOO'), new ReflectionMethod('A::bar'), $r->getProperty('x')]);
foreach (['Nope', 'A::nope', 'A::$z', 'iface'] as $what) {
    try {
        switch ($what) {
            case 'Nope': new ReflectionClass('Nope'); break;
            case 'A::nope': new ReflectionMethod('A::nope'); break;
            case 'A::$z': new ReflectionProperty('A', 'z'); break;
            case 'iface': $r->implementsInterface('P'); break;
        }
    } catch (ReflectionException $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try { $r->implementsInterface('NoIface'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $r->getProperty('Nope::p'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionMethod('Nope2::m'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
var_dump(new ReflectionException("x") instanceof Exception);
--EXPECT--
ReflectionClass Object
(
    [name] => A
)

string(1) "A"
string(1) "A"
bool(false)
bool(true)
bool(true)
ReflectionClass Object
(
    [name] => P
)

bool(false)
bool(true)
bool(true)
bool(true)
string(1) "A"
Array
(
    [0] => ReflectionObject Object
        (
            [name] => A
        )

    [1] => ReflectionMethod Object
        (
            [name] => Foo
            [class] => A
        )

    [2] => ReflectionMethod Object
        (
            [name] => bar
            [class] => A
        )

    [3] => ReflectionProperty Object
        (
            [name] => x
            [class] => A
        )

)
autoload: Nope
ReflectionException: Class "Nope" does not exist
ReflectionException: Method A::nope() does not exist
ReflectionException: Property A::$z does not exist
ReflectionException: P is not an interface
autoload: NoIface
Interface "NoIface" does not exist
autoload: nope
Class "nope" does not exist
autoload: Nope2
Class "Nope2" does not exist
bool(true)
