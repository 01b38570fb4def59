--TEST--
debug_backtrace (options, limit, object) and debug_print_backtrace
--FILE--
<?php
function f($a) { return g($a, [1]); }
function g($b, $c) { debug_print_backtrace(); return debug_backtrace(); }
class C { function m() { return f(7); } static function s() { debug_print_backtrace(); } }
$bt = (new C)->m();
foreach ($bt as $i => $fr) { echo $i, ": ", implode(",", array_keys($fr)), "\n"; }
var_dump($bt[0]['args'], get_class($bt[2]['object']));
function lim() { return [debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 1), debug_backtrace(0)]; }
function outer() { return lim(); }
var_dump(array_map(fn($f) => array_diff_key($f, ['file' => 1]), outer()[0]), array_map(fn($f) => array_diff_key($f, ['file' => 1]), outer()[1]));
class P { function m() { debug_print_backtrace(0, 1); return debug_backtrace(DEBUG_BACKTRACE_PROVIDE_OBJECT | DEBUG_BACKTRACE_IGNORE_ARGS); } }
$r = (new P)->m(); echo implode(",", array_keys($r[0])), "\n";
C::s();
$fn = function() { debug_print_backtrace(); };
$fn();
array_map(function($x) { debug_print_backtrace(); }, [1]);
var_dump(count(debug_backtrace()));
--EXPECTF--
#0 %s(2): g(7, Array)
#1 %s(4): f(7)
#2 %s(5): C->m()
0: file,line,function,args
1: file,line,function,args
2: file,line,function,class,object,type,args
array(2) {
  [0]=>
  int(7)
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
}
string(1) "C"
array(1) {
  [0]=>
  array(2) {
    ["line"]=>
    int(9)
    ["function"]=>
    string(3) "lim"
  }
}
array(2) {
  [0]=>
  array(3) {
    ["line"]=>
    int(9)
    ["function"]=>
    string(3) "lim"
    ["args"]=>
    array(0) {
    }
  }
  [1]=>
  array(3) {
    ["line"]=>
    int(10)
    ["function"]=>
    string(5) "outer"
    ["args"]=>
    array(0) {
    }
  }
}
#0 %s(12): P->m()
file,line,function,class,object,type
#0 %s(13): C::s()
#0 %s(15): {closure}()
#0 [internal function]: {closure}(1)
#1 %s(16): array_map(Object(Closure), Array)
int(0)
