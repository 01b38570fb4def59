--TEST--
class_alias (warnings, internal classes, instanceof) and get_class_vars (visibility from the calling scope, statics last, own properties first)
--FILE--
<?php
class A { public $x = 1; protected $y = 2; private $z = 3; public static $s = 4; 
  static function vars() { return get_class_vars('B'); } }
class B extends A { public $w = 5; private $p = 6; }
var_dump(class_alias('A', 'AA'));
var_dump(class_alias('A', 'AA'));
var_dump(class_alias('Nope', 'N2'));
try { var_dump(class_alias('stdClass', 'S2')); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$o = new AA; var_dump($o, get_class($o), $o instanceof AA, AA::class);
var_dump(get_class_vars('B'), A::vars());
try { get_class_vars('Nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
bool(true)

Warning: Cannot declare class AA, because the name is already in use in %s on line 6
bool(false)

Warning: Class "Nope" not found in %s on line 7
bool(false)
ValueError: class_alias(): Argument #1 ($class) must be a user-defined class name, internal class name given
object(A)#2 (3) {
  ["x"]=>
  int(1)
  ["y":protected]=>
  int(2)
  ["z":"A":private]=>
  int(3)
}
string(1) "A"
bool(true)
string(2) "AA"
array(3) {
  ["w"]=>
  int(5)
  ["x"]=>
  int(1)
  ["s"]=>
  int(4)
}
array(5) {
  ["w"]=>
  int(5)
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
  ["z"]=>
  int(3)
  ["s"]=>
  int(4)
}
get_class_vars(): Argument #1 ($class) must be a valid class name, Nope given
