--TEST--
class, interface, array and nullable parameter types
--FILE--
<?php
interface Shape {}
class Sq implements Shape {}
class Other {}
function area(Shape $s) { return get_class($s); }
function maybe(?Shape $s = null) { return $s ? 'shape' : 'none'; }
function arr(array $a) { return count($a); }
echo area(new Sq), ' ', maybe(), ' ', arr([1, 2]), "\n";
try { area(new Other); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { arr("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Sq none 2
area(): Argument #1 ($s) must be of type Shape, Other given, called in %s on line 9
arr(): Argument #1 ($a) must be of type array, string given, called in %s on line 10
