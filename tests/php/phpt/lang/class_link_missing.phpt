--TEST--
extending or implementing an unknown class throws Error (catchable), the class stays undeclared
--FILE--
<?php
try {
    class A extends Missing {}
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    var_dump(class_exists('A', false));
}
try {
    class B implements MissingI {}
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    var_dump(class_exists('B', false));
}
spl_autoload_register(function ($c) { echo "autoload $c\n"; if ($c == 'Base') { class Base { function hi() { return "hi"; } } } });
class C extends Base {}
echo (new C)->hi(), "\n";
var_dump(trait_exists('C'), enum_exists('C'), interface_exists('C'));
trait T {} enum E { case X; }
var_dump(trait_exists('t'), enum_exists('e'), class_exists('E'), class_exists('T'));
class D extends Nowhere {}
--EXPECTF--
Error: Class "Missing" not found
bool(false)
Error: Interface "MissingI" not found
bool(false)
autoload Base
hi
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
autoload Nowhere

Fatal error: Uncaught Error: Class "Nowhere" not found in %s:20
Stack trace:
#0 {main}
  thrown in %s on line 20
