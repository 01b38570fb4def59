--TEST--
sscanf and fscanf: conversions, widths, scan sets, %n, skipped fields, missing input, assignment form, reading STDIN line by line
--STDIN--
3 4
5 6
name: Ann 31
--FILE--
<?php
var_dump(sscanf("", "%d"), sscanf("abc", "%d"), sscanf("12 apples", "%d %s"), sscanf("age: 25", "age: %d"), sscanf("12:34:56", "%d:%d:%d"), sscanf("1A ff", "%x %X"), sscanf("hello world", "%s%n"), sscanf("abc", "%c%2c"), sscanf("ab12cd", "%[a-z]%d%[^x]"), sscanf("  42", "%d"), sscanf("-3.5e2 7", "%f %e"), sscanf("12", "%d %d"), sscanf("x 5", "%*s %d"), sscanf("12345", "%2d%3d"), sscanf("1 2", "%d %d", $a, $b), $a, $b, sscanf("", "%d", $c), $c, sscanf("a", "%d", $e), sscanf("077 11", "%o %i"), sscanf("50%", "%d%%"), sscanf("abc", "%1\$s"));
while (fscanf(STDIN, "%d %d", $a, $b) == 2) echo $a * $b, "\n";
var_dump(fscanf(STDIN, "name: %s %d"), fscanf(STDIN, "%d"));
try { sscanf("1", "%d", $x, $y); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
NULL
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  string(6) "apples"
}
array(1) {
  [0]=>
  int(25)
}
array(3) {
  [0]=>
  int(12)
  [1]=>
  int(34)
  [2]=>
  int(56)
}
array(2) {
  [0]=>
  int(26)
  [1]=>
  int(255)
}
array(2) {
  [0]=>
  string(5) "hello"
  [1]=>
  int(5)
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "bc"
}
array(3) {
  [0]=>
  string(2) "ab"
  [1]=>
  int(12)
  [2]=>
  string(2) "cd"
}
array(1) {
  [0]=>
  int(42)
}
array(2) {
  [0]=>
  float(-350)
  [1]=>
  float(7)
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  NULL
}
array(1) {
  [0]=>
  int(5)
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  int(345)
}
int(2)
int(1)
int(2)
int(-1)
NULL
int(0)
array(2) {
  [0]=>
  int(63)
  [1]=>
  int(11)
}
array(1) {
  [0]=>
  int(50)
}
array(1) {
  [0]=>
  string(3) "abc"
}
12
30
bool(false)
bool(false)
Variable is not assigned by any conversion specifiers
