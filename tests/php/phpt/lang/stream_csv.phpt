--TEST--
CSV: fputcsv, fgetcsv (fields over several lines), str_getcsv edge cases
--FILE--
<?php
var_dump(str_getcsv(""), str_getcsv("a,b\n"), str_getcsv(' "x" ,y'), str_getcsv('"a""b",c'), str_getcsv('"abc"def,g'), str_getcsv('a;b', ';'), str_getcsv('"unterminated'));
$m = fopen("php://memory", "w+");
fputcsv($m, ["id", "name"]); fputcsv($m, [1, "Bob \"B\" Smith"]); fputcsv($m, [2, "multi\nline"]);
rewind($m);
while (($row = fgetcsv($m)) !== false) var_dump($row);
var_dump(fgetc($m), feof($m));
$m = fopen("php://memory", "w+");
var_dump(fputcsv($m, ["a b", "c;d", "tab\there"], ";", "'"), fputcsv($m, ["x", "y"], ",", '"', "\\", "\r\n"));
rewind($m); var_dump(fgetcsv($m, null, ";", "'"), fgetcsv($m));
try { fputcsv($m, ["x"], ",,"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(2) "x "
  [1]=>
  string(1) "y"
}
array(2) {
  [0]=>
  string(3) "a"b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(6) "abcdef"
  [1]=>
  string(1) "g"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(12) "unterminated"
}
array(2) {
  [0]=>
  string(2) "id"
  [1]=>
  string(4) "name"
}
array(2) {
  [0]=>
  string(1) "1"
  [1]=>
  string(13) "Bob "B" Smith"
}
array(2) {
  [0]=>
  string(1) "2"
  [1]=>
  string(10) "multi
line"
}
bool(false)
bool(true)
int(23)
int(5)
array(3) {
  [0]=>
  string(3) "a b"
  [1]=>
  string(3) "c;d"
  [2]=>
  string(8) "tab	here"
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
fputcsv(): Argument #3 ($separator) must be a single character
