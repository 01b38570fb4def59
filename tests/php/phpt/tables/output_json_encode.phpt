--TEST--
json_encode of every kind of value
--FILE--
<?php
var_dump(json_encode(null));
var_dump(json_encode(false));
var_dump(json_encode(true));
var_dump(json_encode(0));
var_dump(json_encode(-1));
var_dump(json_encode(1.0));
var_dump(json_encode(0.1 + 0.2));
var_dump(json_encode(1e100));
var_dump(json_encode(-0.0));
var_dump(json_encode(1e15));
var_dump(json_encode(123456789012345678));
var_dump(json_encode('str'));
var_dump(json_encode("q'uo\"te\n"));
var_dump(json_encode([]));
var_dump(json_encode([1, 2]));
var_dump(json_encode(['a' => 1, 'b' => [true, null]]));
var_dump(json_encode([3 => 'x', 'k' => 1.5]));
var_dump(json_encode((object)['p' => 1, 'q' => [2]]));
--EXPECT--
string(4) "null"
string(5) "false"
string(4) "true"
string(1) "0"
string(2) "-1"
string(1) "1"
string(19) "0.30000000000000004"
string(8) "1.0e+100"
string(2) "-0"
string(16) "1000000000000000"
string(18) "123456789012345678"
string(5) ""str""
string(12) ""q'uo\"te\n""
string(2) "[]"
string(5) "[1,2]"
string(23) "{"a":1,"b":[true,null]}"
string(17) "{"3":"x","k":1.5}"
string(15) "{"p":1,"q":[2]}"
