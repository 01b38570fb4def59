--TEST--
memory_limit bounds the heap: an array that grows without end ends with php's fatal error, not with the machine's memory
--FILE--
<?php
var_dump(ini_set("memory_limit", "16M"));
$a = [];
for ($i = 0; ; $i++) {
    $a[] = str_repeat("x", 100) . $i;
    if ($i == 1000) echo "still running\n";
}
echo "not reached\n";
--EXPECTF--
string(4) "128M"
still running

Fatal error: Allowed memory size of 16777216 bytes exhausted (tried to allocate %d bytes) in %s on line 5
