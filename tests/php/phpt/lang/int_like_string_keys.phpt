--TEST--
integer-like string keys from every source (the key kind is remembered in the string's hash)
--FILE--
<?php
$ints = [0, 7, 10, 99, 100, 123456, -1, -42, PHP_INT_MAX, PHP_INT_MIN,
         2305843009213693951, 2305843009213693952, -2305843009213693952, -2305843009213693953];
$a = [];
foreach ($ints as $i) {
    $s = (string)$i;             // made from an int
    $a[$s] = "cast $i";
    $t = "$i";                   // interpolated
    $u = substr("x$i", 1);       // cut out of a longer string
    var_dump(isset($a[$t]), $a[$u] === "cast $i", $s === $u, $s == $t);
}
var_dump(array_keys($a));
// Strings that look like integers but are not integer keys stay strings.
foreach (["01", "-0", " 1", "1 ", "1.0", "+1", "9223372036854775808", "-9223372036854775809",
          "0x1A", "", "-", "1e3"] as $s) {
    $b = [$s => 1];
    var_dump(array_keys($b)[0], isset($b[$s]), isset($b[(int)$s]));
}
// The same contents from different sources compare and hash alike.
$h = [];
for ($i = 0; $i < 50; $i++) $h[dechex($i * 7919)] = $i;
$n = 0;
for ($i = 0; $i < 50; $i++) {
    $k = dechex($i * 7919);
    if (isset($h[$k]) && $h[$k] === $i && isset($h[strrev(strrev($k))])) $n++;
}
var_dump($n, count($h));
// Appended strings forget what they were.
$s = (string)12;
$s .= "3";
$c = [$s => 'x'];
var_dump(array_keys($c), isset($c[123]));
$s .= "a";
$c[$s] = 'y';
var_dump(array_keys($c));
// Dynamic properties and variable names that look like integers.
$o = new stdClass;
$o->{"5"} = 'five';
$o->{(string)6} = 'six';
var_dump((array)$o, $o->{"5"}, $o->{5 + 1});
${"7"} = 'seven';
var_dump(${(string)7});
// in_array, array_search, array_flip, array_key_exists over these strings.
$keys = array_map('strval', range(-3, 3));
var_dump(array_flip($keys), array_key_exists("2", array_flip($keys)), array_search("-3", $keys, true));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
array(14) {
  [0]=>
  int(0)
  [1]=>
  int(7)
  [2]=>
  int(10)
  [3]=>
  int(99)
  [4]=>
  int(100)
  [5]=>
  int(123456)
  [6]=>
  int(-1)
  [7]=>
  int(-42)
  [8]=>
  int(9223372036854775807)
  [9]=>
  int(-9223372036854775808)
  [10]=>
  int(2305843009213693951)
  [11]=>
  int(2305843009213693952)
  [12]=>
  int(-2305843009213693952)
  [13]=>
  int(-2305843009213693953)
}
string(2) "01"
bool(true)
bool(false)
string(2) "-0"
bool(true)
bool(false)
string(2) " 1"
bool(true)
bool(false)
string(2) "1 "
bool(true)
bool(false)
string(3) "1.0"
bool(true)
bool(false)
string(2) "+1"
bool(true)
bool(false)
string(19) "9223372036854775808"
bool(true)
bool(false)
string(20) "-9223372036854775809"
bool(true)
bool(false)
string(4) "0x1A"
bool(true)
bool(false)
string(0) ""
bool(true)
bool(false)
string(1) "-"
bool(true)
bool(false)
string(3) "1e3"
bool(true)
bool(false)
int(50)
int(50)
array(1) {
  [0]=>
  int(123)
}
bool(true)
array(2) {
  [0]=>
  int(123)
  [1]=>
  string(4) "123a"
}
array(2) {
  [5]=>
  string(4) "five"
  [6]=>
  string(3) "six"
}
string(4) "five"
string(3) "six"
string(5) "seven"
array(7) {
  [-3]=>
  int(0)
  [-2]=>
  int(1)
  [-1]=>
  int(2)
  [0]=>
  int(3)
  [1]=>
  int(4)
  [2]=>
  int(5)
  [3]=>
  int(6)
}
bool(true)
int(0)
