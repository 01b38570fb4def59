--TEST--
exceptions and warnings of the classes weft-php writes in PHP (Reflection, DateTime) name the calling line, as php's built-in classes do
--FILE--
<?php
function f() {
  return new ReflectionClass("Nope");
}
try { f(); } catch (ReflectionException $e) { echo $e->getMessage(), " @", $e->getLine(), " ", basename($e->getFile()), "\n"; }
try {
  new DateTime("garbage");
} catch (Exception $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
$d = new DateTime("2024-01-01");
var_dump($d->modify("nonsense"));
new ReflectionMethod("stdClass", "nope");
--EXPECTF--
Class "Nope" does not exist @3 prelude_error_location.php
Failed to parse time string (garbage) at position 0 (g): The timezone could not be found in the database @7

Warning: DateTime::modify(): Failed to parse time string (nonsense) at position 0 (n): The timezone could not be found in the database in %s on line 10
bool(false)

Fatal error: Uncaught ReflectionException: Method stdClass::nope() does not exist in %s:11
Stack trace:
#0 %s(11): ReflectionMethod->__construct('stdClass', 'nope')
#1 {main}
  thrown in %s on line 11
