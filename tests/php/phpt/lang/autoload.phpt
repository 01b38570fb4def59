--TEST--
spl_autoload_register: new, extends, implements, class_exists with and without autoload
--FILE--
<?php
spl_autoload_register(function ($name) {
    echo "autoload($name)\n";
    if ($name === 'Base') { eval('class Base { function hi() { return "hi"; } }'); }
    if ($name === 'Child') { eval('class Child extends Base {}'); }
    if ($name === 'Iface') { eval('interface Iface {}'); }
});
$c = new Child;
echo $c->hi(), "\n";
var_dump(class_exists('Nope'), class_exists('Nope2', false), interface_exists('Iface'));
class Impl implements Iface {}
echo get_class(new Impl), "\n";
try { new Missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
autoload(Child)
autoload(Base)
hi
autoload(Nope)
autoload(Iface)
bool(false)
bool(false)
bool(true)
Impl
autoload(Missing)
Class "Missing" not found
