--TEST--
resources: STDIN/STDOUT/STDERR, numbering, conversions, comparisons, var_dump/print_r/var_export/serialize, gettype of a closed stream, type errors
--FILE--
<?php
try { STDIN * 2; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(STDIN . "x", STDIN == 1, STDIN == STDIN, STDIN < STDOUT, STDIN == "1", STDIN == true, STDIN <=> 5);
$a = [STDERR => 1]; var_dump($a);
var_dump((array)STDIN, (bool)STDIN, (float)STDERR, intval(STDERR), strval(STDERR), settype($x, "int"));
var_export(STDIN); echo "\n";
var_dump(serialize([STDIN]));
print_r(STDIN); echo "\n";
var_dump(gettype(STDIN), get_debug_type(STDIN), is_scalar(STDIN), is_numeric(STDIN), STDIN === STDIN, STDIN !== STDOUT);
function f(int $x) {} 
try { f(STDIN); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fread("x", 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function g($r) { throw new Exception("boom"); }
try { g(STDIN); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
$f = fopen("php://memory", "w+"); fclose($f);
var_dump(gettype($f), get_debug_type($f), is_resource($f), get_resource_type($f));
try { fwrite($f, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo $f, "\n";
--EXPECTF--
Unsupported operand types: resource * int
string(15) "Resource id #1x"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(-1)

Warning: Resource ID#3 used as offset, casting to integer (3) in %s on line 4
array(1) {
  [3]=>
  int(1)
}
array(1) {
  [0]=>
  resource(1) of type (stream)
}
bool(true)
float(3)
int(3)
string(14) "Resource id #3"
bool(true)
NULL
string(14) "a:1:{i:0;i:0;}"
Resource id #1
string(8) "resource"
string(17) "resource (stream)"
bool(false)
bool(false)
bool(true)
bool(true)
f(): Argument #1 ($x) must be of type int, resource given, called in %s on line 11
fread(): Argument #1 ($stream) must be of type resource, string given
#0 %s(14): g(Resource id #1)
#1 {main}
string(17) "resource (closed)"
string(17) "resource (closed)"
bool(false)
string(7) "Unknown"
fwrite(): supplied resource is not a valid stream resource
Resource id #5
