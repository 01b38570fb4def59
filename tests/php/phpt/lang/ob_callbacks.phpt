--TEST--
ob_start output callbacks: the mode flags, flush/clean/end, nested buffers, false passes the text through, the end of the script, a callback that throws
--FILE--
<?php
function tag($s, $mode) {
    $f = [];
    foreach (['START' => PHP_OUTPUT_HANDLER_START, 'CLEAN' => PHP_OUTPUT_HANDLER_CLEAN,
              'FLUSH' => PHP_OUTPUT_HANDLER_FLUSH, 'FINAL' => PHP_OUTPUT_HANDLER_FINAL] as $n => $bit)
        if ($mode & $bit) $f[] = $n;
    return "<" . implode("|", $f) . ":" . $s . ">";
}
ob_start('tag');
echo "one ";
ob_flush();
echo "two ";
ob_clean();
echo "three ";
ob_end_flush();
echo "\n";

ob_start(fn($s) => strtoupper($s));
echo "upper ";
ob_start(fn($s) => false);
echo "passed through ";
ob_end_flush();
$got = ob_get_flush();
echo "\n", var_export($got, true), "\n";

class Wrap {
    function __construct(private $l) {}
    function cb($s) { return $this->l . $s . $this->l; }
}
ob_start([new Wrap('|'), 'cb']);
echo "method";
$c = ob_get_clean();
var_dump($c);
var_dump(ob_get_level());
var_dump(ob_start('no_such_function'));
var_dump(ob_get_level());

ob_start(function ($s) { throw new Exception("from handler"); });
echo "lost";
try {
    ob_end_clean();
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
ob_start('tag');
echo "left open at the end";
--EXPECTF--
<START|FLUSH:one ><FINAL:three >
UPPER PASSED THROUGH 
'upper passed through '
string(6) "method"
int(0)

Warning: ob_start(): function "no_such_function" not found or invalid function name in %s on line 35

Notice: ob_start(): Failed to create buffer in %s on line 35
bool(false)
int(0)
caught from handler
<START|FINAL:left open at the end>
