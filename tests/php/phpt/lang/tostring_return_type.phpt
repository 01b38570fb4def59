--TEST--
__toString's return type is string: an array or a plain object returned is a TypeError, scalars convert
--FILE--
<?php
class Arr { function __toString() { return [1]; } }
class Obj { function __toString() { return new stdClass; } }
class Num { function __toString() { return 42; } }
class Inner { function __toString() { return "inner"; } }
class Outer { function __toString() { return (string) new Inner; } }
foreach ([new Arr, new Obj] as $o) {
    try { echo $o, "\n"; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { $s = "x" . $o; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump((string) new Num, strlen(new Num), (string) new Outer);
--EXPECT--
TypeError: Arr::__toString(): Return value must be of type string, array returned
TypeError: Arr::__toString(): Return value must be of type string, array returned
TypeError: Obj::__toString(): Return value must be of type string, stdClass returned
TypeError: Obj::__toString(): Return value must be of type string, stdClass returned
string(2) "42"
int(2)
string(5) "inner"
