--TEST--
numeric string rules of PHP 8
--FILE--
<?php
var_dump("10" == "1e1", "abc" == 0, null == false, "1" == "01", "10" == "10.0", 100 == "1e2");
var_dump("abc" <=> "abd", [1, 2] == [2 => 1], "0" == false, "" == null, " 1" == 1, "1 " == 1);
var_dump(is_numeric("1e5"), "5" + "5.5", "0x1A" == 26, "1_000" == 1000);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
int(-1)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
float(10.5)
bool(false)
bool(false)
