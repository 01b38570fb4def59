--TEST--
memory_limit: ini_set below the usage is refused with php's warning, -1 lifts the limit, memory_get_usage follows allocations
--FILE--
<?php
$keep = str_repeat("k", 3000000);
var_dump(ini_set("memory_limit", "1M"));
var_dump(ini_get("memory_limit"));
var_dump(ini_set("memory_limit", "-1"));
var_dump(ini_get("memory_limit"));
$u0 = memory_get_usage();
$s = str_repeat("s", 5000000);
$u1 = memory_get_usage();
var_dump($u1 - $u0 >= 5000000);
var_dump(memory_get_peak_usage() >= $u1);
var_dump(memory_get_usage(true) >= $u1);
var_dump(memory_get_peak_usage(true) >= memory_get_usage(true));
$big = str_repeat("b", 150000000);
echo strlen($big), "\n";
var_dump(ini_set("memory_limit", "512M"));
var_dump(ini_get("memory_limit"));
--EXPECTF--
Warning: Failed to set memory limit to 1048576 bytes (Current memory usage is %d bytes) in %s on line 3
bool(false)
string(4) "128M"
string(4) "128M"
string(2) "-1"
bool(true)
bool(true)
bool(true)
bool(true)
150000000
string(2) "-1"
string(4) "512M"
