--TEST--
opendir/readdir/rewinddir/closedir: directory handles are stream resources; the last opened is the default
--FILE--
<?php
$base = tempnam(sys_get_temp_dir(), "weftdir"); unlink($base); mkdir("$base/sub", 0777, true); touch("$base/a"); touch("$base/b");
$d = opendir($base); var_dump($d, get_resource_type($d));
$n = []; while (($e = readdir($d)) !== false) $n[] = $e; sort($n); print_r($n);
rewinddir($d); var_dump(readdir($d) !== false);
closedir($d); var_dump($d, is_resource($d));
$d2 = opendir($base); $c = 0; while (readdir() !== false) $c++; closedir(); var_dump($c);
var_dump(@opendir("/nonexistent/x"));
try { readdir(STDIN); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
unlink("$base/a"); unlink("$base/b"); rmdir("$base/sub"); rmdir($base);
$f = fopen("php://memory", "r"); var_dump($f);
--EXPECT--
resource(5) of type (stream)
string(6) "stream"
Array
(
    [0] => .
    [1] => ..
    [2] => a
    [3] => b
    [4] => sub
)
bool(true)
resource(5) of type (Unknown)
bool(false)
int(5)
bool(false)
readdir(): Argument #1 ($dir_handle) must be a valid Directory resource
resource(7) of type (stream)
