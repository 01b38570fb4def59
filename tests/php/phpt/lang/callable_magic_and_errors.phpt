--TEST--
callables naming methods a class lacks reach __call/__callStatic (call_user_func, arrays and strings called directly, is_callable); self/parent in callables (deprecated); php's errors for values that are not callable
--FILE--
<?php
class Bar {
    public function __call($a, $b) { echo "__call $a(", implode(",", $b), ")\n"; return 1; }
    public static function __callStatic($a, $b) { echo "__callStatic $a(", implode(",", $b), ")\n"; return 2; }
    public function test() {
        call_user_func(['BAR', 'xyz'], 1);
        call_user_func('Bar::www', 2);
        call_user_func(['self', 'y']);
        call_user_func('self::y');
        call_user_func([$this, 'inst'], 3, 4);
    }
    public static function s() { echo "s\n"; }
    public function ns() { echo "ns ", get_class($this), "\n"; }
    public function callNs() { call_user_func(['Bar', 'ns']); call_user_func('Bar::ns'); }
}
$x = new Bar;
$x->test();
$x->callNs();
call_user_func([$x, 'fake'], 1, 2);
call_user_func_array([$x, 'fake'], [5]);
call_user_func('Bar::stat', 'a');
var_dump([$x, 'viaArray'](7), ['Bar', 'viaStatic'](8), 'Bar::viaString'(9));
var_dump(is_callable([$x, 'anything']), is_callable('Bar::anything'), is_callable('stdClass::nothing'));
class Sub extends Bar { public function p() { call_user_func('parent::s'); call_user_func(['parent', 'zz']); } }
(new Sub)->p();
try { call_user_func('self::y'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
foreach ([null, 1, [1, 2, 3], [1 => 'a', 2 => 'b'], [1, 'a'], ['A', 1], ['Nope', 'm'], [new stdClass, 'b'],
          'nofunc', 'Nope::m', '::m', 'stdClass::b', new stdClass, ['Bar', 'ns']] as $c) {
    try { $c(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECTF--
__call xyz(1)
__call www(2)

Deprecated: Use of "self" in callables is deprecated in %s on line 8
__call y()

Deprecated: Use of "self" in callables is deprecated in %s on line 9
__call y()
__call inst(3,4)
ns Bar
ns Bar
__call fake(1,2)
__call fake(5)
__callStatic stat(a)
__call viaArray(7)
__callStatic viaStatic(8)
__callStatic viaString(9)
int(1)
int(2)
int(2)
bool(true)
bool(true)
bool(false)

Deprecated: Use of "parent" in callables is deprecated in %s on line 24
s

Deprecated: Use of "parent" in callables is deprecated in %s on line 24
__call zz()
call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access "self" when no class scope is active
Error: Value of type null is not callable
Error: Value of type int is not callable
Error: Array callback must have exactly two elements
Error: Array callback has to contain indices 0 and 1
Error: First array member is not a valid class name or object
Error: Second array member is not a valid method
Error: Class "Nope" not found
Error: Call to undefined method stdClass::b()
Error: Call to undefined function nofunc()
Error: Class "Nope" not found
Error: Class "" not found
Error: Call to undefined method stdClass::b()
Error: Object of type stdClass is not callable
Error: Non-static method Bar::ns() cannot be called statically
