--TEST--
anonymous classes: php's name (prefix, NUL, place), printed up to the NUL in dumps, messages and traces
--FILE--
<?php
interface I {}
class P {}
$a = new class { function f() { throw new Exception("in f"); } };
$b = new class extends P {};
$c = new class implements I {};
foreach ([$a, $b, $c] as $o) {
    $n = get_class($o);
    echo strstr($n, "\0", true), ' ', strlen($n) > strlen(strstr($n, "\0", true)) ? 'tail' : 'none', ' ',
         $n === $o::class ? 'same' : 'differs', ' ', get_debug_type($o), "\n";
}
var_dump($a);
print_r($b); echo "\n";
echo preg_replace('/\0[^:]*:(\d+)\$\w+/', '<NUL>:$1', var_export($c, true)), "\n";
try { $a->f(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { $a->missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function takes_int(int $x) {}
try { takes_int($b); } catch (TypeError $e) { echo preg_replace('/, called in.*/', '', $e->getMessage()), "\n"; }
echo $a->undefined ?? "null coalesced\n";
echo @$a->undefined, "silenced\n";
var_dump($a instanceof P, $b instanceof P, $c instanceof I);
--EXPECTF--
class@anonymous tail same class@anonymous
P@anonymous tail same P@anonymous
I@anonymous tail same I@anonymous
object(class@anonymous)#1 (0) {
}
P@anonymous Object
(
)

\I@anonymous<NUL>:6::__set_state(array(
))
#0 %s(15): class@anonymous->f()
#1 {main}
Call to undefined method class@anonymous::missing()
takes_int(): Argument #1 ($x) must be of type int, P@anonymous given
null coalesced
silenced
bool(false)
bool(true)
bool(true)
