--TEST--
runaway recursion ends with php's memory_limit fatal error, not a crash; memory_limit in ini_get/ini_set
--FILE--
<?php
echo ini_get("memory_limit"), "\n";
var_dump(ini_set("memory_limit", "64M"));
echo ini_get("memory_limit"), "\n";
function down($n) { return down($n + 1) + 1; }
echo down(0);
echo "not reached\n";
--EXPECTF--
128M
string(4) "128M"
64M

Fatal error: Allowed memory size of 67108864 bytes exhausted (tried to allocate %d bytes) in %s on line 5
