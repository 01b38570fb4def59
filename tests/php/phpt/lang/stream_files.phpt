--TEST--
streams over files: fopen modes, fgets loops, feof, append, r+ overwrite, file(), file_put_contents flags, copy/rename/unlink/mkdir/rmdir/scandir/glob, failures
--FILE--
<?php
$base = tempnam(sys_get_temp_dir(), "weft"); unlink($base); $d = "$base/sub";
@mkdir($d, 0777, true);
var_dump(is_dir($d), file_exists($d), is_file($d));
$p = "$d/data.txt";
var_dump(file_put_contents($p, "one\ntwo\n\nthree"));
var_dump(filesize($p), file($p), file($p, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
$f = fopen($p, "r");
$n = 0;
while (($line = fgets($f)) !== false) { echo ++$n, ": ", rtrim($line), "\n"; }
var_dump(feof($f), ftell($f));
rewind($f);
while (!feof($f)) { var_dump(fgets($f, 3)); }
fclose($f);
$f = fopen($p, "a+");
fwrite($f, "\nfour");
fseek($f, 0);
var_dump(fread($f, 100));
fclose($f);
$f = fopen($p, "r+"); fseek($f, 4); fwrite($f, "TWO"); fclose($f);
echo file_get_contents($p), "\n";
var_dump(file_put_contents($p, ["a", "b", 1], FILE_APPEND), file_get_contents($p, false, null, 3, 5));
var_dump(basename($p), basename($p, ".txt"), basename("/"), basename("a/b/"), dirname($p) === $d, dirname("a"), dirname("/a"), dirname("a/b/c", 2), dirname("/"), dirname(""), dirname("a//b//"));
var_dump(pathinfo("/x/y/file.tar.gz"), pathinfo("noext"), pathinfo("/x/.hidden", PATHINFO_EXTENSION), pathinfo("a.b", PATHINFO_FILENAME));
var_dump(copy($p, "$d/copy.txt"), rename("$d/copy.txt", "$d/moved.txt"), file_exists("$d/copy.txt"), scandir($d), count(glob("$d/*.txt")));
var_dump(unlink("$d/moved.txt"), @unlink("$d/nope"), unlink($p));
set_error_handler(function ($no, $msg) { echo str_replace($GLOBALS["base"], "BASE", $msg), "\n"; return true; });
unlink("$d/nope");
restore_error_handler();
var_dump(rmdir($d), is_dir($d), rmdir($base), realpath(__DIR__ . "/..") === dirname(__DIR__), filesize("/nonexistent"));
var_dump(fopen("/nonexistent/a", "r"), file_get_contents("/nonexistent"), file("/nonexistent"));
--EXPECTF--
bool(true)
bool(true)
bool(false)
int(14)
int(14)
array(4) {
  [0]=>
  string(4) "one
"
  [1]=>
  string(4) "two
"
  [2]=>
  string(1) "
"
  [3]=>
  string(5) "three"
}
array(3) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(5) "three"
}
1: one
2: two
3: 
4: three
bool(true)
int(14)
string(2) "on"
string(2) "e
"
string(2) "tw"
string(2) "o
"
string(1) "
"
string(2) "th"
string(2) "re"
string(1) "e"
string(19) "one
two

three
four"
one
TWO

three
four
int(3)
string(5) "
TWO
"
string(8) "data.txt"
string(4) "data"
string(0) ""
string(1) "b"
bool(true)
string(1) "."
string(1) "/"
string(1) "a"
string(1) "/"
string(0) ""
string(1) "a"
array(4) {
  ["dirname"]=>
  string(4) "/x/y"
  ["basename"]=>
  string(11) "file.tar.gz"
  ["extension"]=>
  string(2) "gz"
  ["filename"]=>
  string(8) "file.tar"
}
array(3) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(5) "noext"
  ["filename"]=>
  string(5) "noext"
}
string(6) "hidden"
string(1) "a"
bool(true)
bool(true)
bool(false)
array(4) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(8) "data.txt"
  [3]=>
  string(9) "moved.txt"
}
int(2)
bool(true)
bool(false)
bool(true)
unlink(BASE/sub/nope): No such file or directory

Warning: filesize(): stat failed for /nonexistent in %s on line 30
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)

Warning: fopen(/nonexistent/a): Failed to open stream: No such file or directory in %s on line 31

Warning: file_get_contents(/nonexistent): Failed to open stream: No such file or directory in %s on line 31

Warning: file(/nonexistent): Failed to open stream: No such file or directory in %s on line 31
bool(false)
bool(false)
bool(false)
