--TEST--
call_user_func/call_user_func_array with callbacks that cannot be called: php's TypeError reasons, class names autoloaded, visibility from the calling scope
--FILE--
<?php
spl_autoload_register(function ($name) { echo "autoload $name\n"; });
class A {
    private function priv() { return "private"; }
    protected function prot() { return "protected"; }
    public function pub() { return "public"; }
    static function st() { return "static"; }
    function inside() { return call_user_func([$this, 'priv']) . " " . call_user_func_array([$this, 'prot'], []); }
}
abstract class B { abstract function ab(); static function s() {} }
$a = new A;
$tries = [
    'no_such_function', 'Missing::m', 'A::nope', [$a, 'priv'], [$a, 'prot'], [$a, 'nope'],
    ['Gone', 'm'], [1, 'm'], [$a], 42, null, [$a, 'pub'], 'A::st',
];
foreach ($tries as $t) {
    try {
        var_dump(call_user_func($t));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    call_user_func_array([$a, 'priv'], [1]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo $a->inside(), "\n";
--EXPECT--
call_user_func(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
autoload Missing
call_user_func(): Argument #1 ($callback) must be a valid callback, class "Missing" not found
call_user_func(): Argument #1 ($callback) must be a valid callback, class A does not have a method "nope"
call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access private method A::priv()
call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access protected method A::prot()
call_user_func(): Argument #1 ($callback) must be a valid callback, class A does not have a method "nope"
autoload Gone
call_user_func(): Argument #1 ($callback) must be a valid callback, class "Gone" not found
call_user_func(): Argument #1 ($callback) must be a valid callback, first array member is not a valid class name or object
call_user_func(): Argument #1 ($callback) must be a valid callback, array callback must have exactly two members
call_user_func(): Argument #1 ($callback) must be a valid callback, no array or string given
call_user_func(): Argument #1 ($callback) must be a valid callback, no array or string given
string(6) "public"
string(6) "static"
call_user_func_array(): Argument #1 ($callback) must be a valid callback, cannot access private method A::priv()
private protected
