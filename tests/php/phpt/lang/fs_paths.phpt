--TEST--
paths: basename, dirname with levels, pathinfo, realpath
--FILE--
<?php
foreach (["/a/b/c.txt", "a/b/", "/", "", ".", "..", "a", "/a", "a//b//", "//x", "c.tar.gz", ".hidden", "dir/.x.y"] as $p) {
  echo json_encode($p), " ", json_encode(basename($p)), " ", json_encode(dirname($p)), " ", json_encode(pathinfo($p)), "\n";
}
var_dump(basename("file.php", ".php"), basename(".php", ".php"), basename("a/b.php/", ".php"));
var_dump(dirname("/a/b/c/d", 2), dirname("a/b/c", 5), dirname("/a/b", PHP_INT_MAX));
try { dirname("a", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(pathinfo("/x/y.z", PATHINFO_DIRNAME), pathinfo("/x/y.z", PATHINFO_BASENAME), pathinfo("/x/y", PATHINFO_EXTENSION), pathinfo("/x/y.z", PATHINFO_FILENAME));
var_dump(realpath("/nonexistent/x"), realpath(__DIR__) === __DIR__, realpath(__DIR__ . "/../" . basename(__DIR__)) === __DIR__);
--EXPECT--
"\/a\/b\/c.txt" "c.txt" "\/a\/b" {"dirname":"\/a\/b","basename":"c.txt","extension":"txt","filename":"c"}
"a\/b\/" "b" "a" {"dirname":"a","basename":"b","filename":"b"}
"\/" "" "\/" {"dirname":"\/","basename":"","filename":""}
"" "" "" {"basename":"","filename":""}
"." "." "." {"dirname":".","basename":".","extension":"","filename":""}
".." ".." "." {"dirname":".","basename":"..","extension":"","filename":"."}
"a" "a" "." {"dirname":".","basename":"a","filename":"a"}
"\/a" "a" "\/" {"dirname":"\/","basename":"a","filename":"a"}
"a\/\/b\/\/" "b" "a" {"dirname":"a","basename":"b","filename":"b"}
"\/\/x" "x" "\/" {"dirname":"\/","basename":"x","filename":"x"}
"c.tar.gz" "c.tar.gz" "." {"dirname":".","basename":"c.tar.gz","extension":"gz","filename":"c.tar"}
".hidden" ".hidden" "." {"dirname":".","basename":".hidden","extension":"hidden","filename":""}
"dir\/.x.y" ".x.y" "dir" {"dirname":"dir","basename":".x.y","extension":"y","filename":".x"}
string(4) "file"
string(4) ".php"
string(1) "b"
string(4) "/a/b"
string(1) "."
string(1) "/"
dirname(): Argument #2 ($levels) must be greater than or equal to 1
string(2) "/x"
string(3) "y.z"
string(0) ""
string(1) "y"
bool(false)
bool(true)
bool(true)
