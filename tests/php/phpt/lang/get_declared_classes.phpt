--TEST--
get_declared_classes lists classes in declaration order, not interfaces or traits
--FILE--
<?php
interface I {}
trait T {}
class First implements I { use T; }
class Second extends First {}
$all = get_declared_classes();
var_dump(array_search('First', $all) !== false, array_search('Second', $all) > array_search('First', $all));
var_dump(in_array('I', $all), in_array('T', $all), in_array('stdClass', $all), in_array('Exception', $all));
var_dump(array_slice($all, -2));
class Later {}
var_dump(end(get_declared_classes()) === 'Later');
--EXPECTF--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(6) "Second"
  [1]=>
  string(5) "Later"
}

Notice: Only variables should be passed by reference in %s on line 11
bool(true)
