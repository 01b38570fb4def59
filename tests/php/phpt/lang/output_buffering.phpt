--TEST--
output buffering functions
--FILE--
<?php
ob_start();
echo "captured";
$s = ob_get_clean();
echo strtoupper($s), "\n";
ob_start();
echo "a";
ob_start();
echo "b";
$inner = ob_get_contents();
ob_end_clean();
echo "c";
$outer = ob_get_clean();
var_dump($inner, $outer, ob_get_level());
--EXPECT--
CAPTURED
string(1) "b"
string(2) "ac"
int(0)
