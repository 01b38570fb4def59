--TEST--
streams: php://memory, php://temp, tmpfile, php://output and STDOUT with ob_start: read, write, seek, eof, truncate, fstat, meta data, fprintf
--FILE--
<?php
$f = fopen(__FILE__, "r"); var_dump($f);
$g = fopen("php://memory", "r+"); var_dump($g);
fclose($f);
$h = fopen("php://temp", "r+"); var_dump($h);
$t = tmpfile(); var_dump($t);
var_dump(STDOUT, get_resource_id($h), get_resource_type($h));
fwrite(STDOUT, "to stdout\n");
echo "echo\n";
fprintf(STDOUT, "%05d|%s\n", 42, "x");
var_dump(vfprintf(STDOUT, "%s-%s\n", ["a", "b"]));
var_dump(fwrite($g, "hello world\nline2\nline3"));
var_dump(ftell($g), feof($g), rewind($g), fread($g, 5), ftell($g), fgetc($g), fgets($g), fseek($g, -3, SEEK_END), fgets($g), feof($g), fgets($g), feof($g));
var_dump(stream_get_contents($g, -1, 0), stream_get_contents($g, 3, 6));
var_dump(fstat($g)['size'], ftruncate($g, 5), fstat($g)['size'], fseek($g, 0, SEEK_END), ftell($g), fwrite($g, "!"));
rewind($g); var_dump(fread($g, 100), feof($g));
$m = fopen("php://memory", "w+"); fwrite($m, "a\nb\n"); rewind($m);
while (!feof($m)) var_dump(fgets($m));
var_dump(stream_get_meta_data($m));
var_dump(fwrite(fopen("php://memory", "r"), "x"));
$t2 = tmpfile(); fwrite($t2, "abc"); fseek($t2, 0); var_dump(fgetc($t2), fstat($t2)['size'], ftruncate($t2, 1), stream_get_contents($t2, -1, 0));
$o = fopen("php://output", "w"); ob_start(); fwrite($o, "via output\n"); $got = ob_get_clean(); var_dump($got);
ob_start(); fwrite(STDOUT, "direct\n"); echo "buffered\n"; ob_end_flush();
try { fread($g, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fgets($g, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(fclose($g), is_resource($g));
try { fclose($g); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { feof("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(fopen(__FILE__, "z"));
--EXPECTF--
resource(5) of type (stream)
resource(6) of type (stream)
resource(7) of type (stream)
resource(9) of type (stream)
resource(2) of type (stream)
int(7)
string(6) "stream"
to stdout
echo
00042|x
a-b
int(4)
int(23)
int(23)
bool(false)
bool(true)
string(5) "hello"
int(5)
string(1) " "
string(6) "world
"
int(0)
string(3) "ne3"
bool(true)
bool(false)
bool(true)
string(23) "hello world
line2
line3"
string(3) "wor"
int(23)
bool(true)
int(5)
int(0)
int(5)
int(1)
string(6) "hello!"
bool(true)
string(2) "a
"
string(2) "b
"
bool(false)
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(true)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(6) "MEMORY"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(12) "php://memory"
}
bool(false)
string(1) "a"
int(3)
bool(true)
string(1) "a"
string(11) "via output
"
direct
buffered
fread(): Argument #2 ($length) must be greater than 0
fgets(): Argument #2 ($length) must be greater than 0
bool(true)
bool(false)
fclose(): supplied resource is not a valid stream resource
feof(): Argument #1 ($stream) must be of type resource, string given

Warning: fopen(%s): Failed to open stream: `z' is not a valid mode for fopen in %s on line 29
bool(false)
