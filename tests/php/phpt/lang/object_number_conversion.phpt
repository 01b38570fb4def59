--TEST--
Objects compared with numbers or cast to int/float: php's "could not be converted" notice/warning and the value 1
--FILE--
<?php
$o = new stdClass;
var_dump($o == 1);
var_dump($o == 1.5);
var_dump(1 < $o);
var_dump($o <=> 2);
var_dump((int)$o);
var_dump((float)$o);
var_dump(intval($o));
var_dump(floatval($o));
var_dump($o == "abc");
var_dump($o == true);
var_dump($o == null);
var_dump(max($o, 1));
var_dump(in_array(1, [$o]));
var_dump(settype($o, "integer"), $o);
$c = function() {};
var_dump($c == 1);
try { var_dump($o + 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a = [3, new stdClass, 1];
sort($a);
var_dump(count($a));
enum E { case A; }
var_dump(E::A == 1);
$d = new DateTime('@0');
var_dump($d == 1);
var_dump(1 == $d);
$g = (function() { yield 1; })();
var_dump($g == 1);
var_dump(1.0 == new stdClass);
var_dump(new stdClass == "1");
var_dump(PHP_INT_MAX == new stdClass);
var_dump(0 <=> new stdClass);
var_dump(new stdClass > 0);
var_dump(settype($x, "float"));
$o = new stdClass; settype($o, "float"); var_dump($o);
$o = new stdClass; var_dump((bool)$o, (string)(int)$o);
var_dump(array_sum([new stdClass, 2]));
try { round(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Notice: Object of class stdClass could not be converted to int in %s on line 3
bool(true)

Notice: Object of class stdClass could not be converted to float in %s on line 4
bool(false)

Notice: Object of class stdClass could not be converted to int in %s on line 5
bool(false)

Notice: Object of class stdClass could not be converted to int in %s on line 6
int(-1)

Warning: Object of class stdClass could not be converted to int in %s on line 7
int(1)

Warning: Object of class stdClass could not be converted to float in %s on line 8
float(1)

Warning: Object of class stdClass could not be converted to int in %s on line 9
int(1)

Warning: Object of class stdClass could not be converted to float in %s on line 10
float(1)
bool(false)
bool(true)
bool(false)

Notice: Object of class stdClass could not be converted to int in %s on line 14
object(stdClass)#1 (0) {
}

Notice: Object of class stdClass could not be converted to int in %s on line 15
bool(true)

Warning: Object of class stdClass could not be converted to int in %s on line 16
bool(true)
int(1)

Notice: Object of class Closure could not be converted to int in %s on line 18
bool(true)
int(2)

Notice: Object of class stdClass could not be converted to int in %s on line 21

Notice: Object of class stdClass could not be converted to int in %s on line 21
int(3)
bool(false)

Notice: Object of class DateTime could not be converted to int in %s on line 26
bool(true)

Notice: Object of class DateTime could not be converted to int in %s on line 27
bool(true)

Notice: Object of class Generator could not be converted to int in %s on line 29
bool(true)

Notice: Object of class stdClass could not be converted to float in %s on line 30
bool(true)
bool(false)

Notice: Object of class stdClass could not be converted to int in %s on line 32
bool(false)

Notice: Object of class stdClass could not be converted to int in %s on line 33
int(-1)

Notice: Object of class stdClass could not be converted to int in %s on line 34
bool(true)
bool(true)

Warning: Object of class stdClass could not be converted to float in %s on line 36
float(1)

Warning: Object of class stdClass could not be converted to int in %s on line 37
bool(true)
string(1) "1"
int(2)
round(): Argument #1 ($num) must be of type int|float, stdClass given
