--TEST--
register_shutdown_function: arguments, several in order, kinds of callables, registered during shutdown, before the destructors
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
$d = new D('global');
function sd($a, $b) {
    echo "shutdown $a $b\n";
    register_shutdown_function(function () { echo "registered during shutdown\n"; });
}
register_shutdown_function('sd', 1, 'two');
register_shutdown_function(function () use ($d) { echo "closure sees {$d->n}\n"; });
class S {
    static function m($x = 'none') { echo "static method $x\n"; }
    function i() { echo "instance method\n"; }
}
register_shutdown_function(['S', 'm'], 'arg');
register_shutdown_function([new S, 'i']);
register_shutdown_function('S::m');
var_dump(register_shutdown_function('strlen', 'x'));
try {
    register_shutdown_function('no_such_function');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo "main end\n";
--EXPECT--
NULL
register_shutdown_function(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
main end
shutdown 1 two
closure sees global
static method arg
instance method
static method none
registered during shutdown
destruct global
