<?php
// A warning raised while a call binds its arguments (an undefined variable passed), whose
// error handler throws: the callee never runs and the exception is thrown in the caller, at
// the call, for user functions (called in the interpreter's loop), methods and built-ins.
set_error_handler(function ($no, $msg, $file, $line) {
    throw new ErrorException($msg, 0, $no, $file, $line);
});

function body($x) {
    echo "body ran with ", var_export($x, true), "\n";
    return 1;
}
class C {
    public function m($x) {
        echo "method ran\n";
        return 2;
    }
}

function caller() {
    try {
        $r = body($missing);
        echo "not reached: $r\n";
    } catch (ErrorException $e) {
        echo "caught in caller: ", $e->getMessage(), " line ", $e->getLine(), "\n";
    }
}
for ($i = 0; $i < 3; $i++) {
    caller();
}
$c = new C();
for ($i = 0; $i < 2; $i++) {
    try {
        $c->m($nope);
    } catch (ErrorException $e) {
        echo "method: ", $e->getMessage(), " line ", $e->getLine(), "\n";
    }
}
for ($i = 0; $i < 2; $i++) {
    try {
        echo abs($gone), "\n";
    } catch (ErrorException $e) {
        echo "built-in: ", $e->getMessage(), " line ", $e->getLine(), "\n";
    }
}
echo body(5), "\n";
echo abs(-3), "\n";
