--TEST--
set_error_handler converts warnings to exceptions
--FILE--
<?php
set_error_handler(function (int $no, string $msg, string $file, int $line) {
    throw new ErrorException($msg, 0, $no, $file, $line);
});
try { $x = [] ; echo $x['nope']; } catch (ErrorException $e) { echo "caught: ", $e->getMessage(), " severity ", $e->getSeverity(), "\n"; }
restore_error_handler();
$prev = set_error_handler(fn() => true);
echo $undefined ?? 'coalesce is silent', "\n";
echo @$also_undefined, "silenced\n";
var_dump(error_reporting());
--EXPECT--
caught: Undefined array key "nope" severity 2
coalesce is silent
silenced
int(32767)
