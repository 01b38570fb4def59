--TEST--
serialize of every kind of value
--FILE--
<?php
var_dump(serialize(null));
var_dump(serialize(false));
var_dump(serialize(true));
var_dump(serialize(0));
var_dump(serialize(-1));
var_dump(serialize(1.0));
var_dump(serialize(0.1 + 0.2));
var_dump(serialize(1e100));
var_dump(serialize(-0.0));
var_dump(serialize(1e15));
var_dump(serialize(123456789012345678));
var_dump(serialize('str'));
var_dump(serialize("q'uo\"te\n"));
var_dump(serialize([]));
var_dump(serialize([1, 2]));
var_dump(serialize(['a' => 1, 'b' => [true, null]]));
var_dump(serialize([3 => 'x', 'k' => 1.5]));
var_dump(serialize(NAN));
var_dump(serialize(INF));
var_dump(serialize((object)['p' => 1, 'q' => [2]]));
--EXPECT--
string(2) "N;"
string(4) "b:0;"
string(4) "b:1;"
string(4) "i:0;"
string(5) "i:-1;"
string(4) "d:1;"
string(22) "d:0.30000000000000004;"
string(11) "d:1.0E+100;"
string(5) "d:-0;"
string(19) "d:1000000000000000;"
string(21) "i:123456789012345678;"
string(10) "s:3:"str";"
string(15) "s:8:"q'uo"te
";"
string(6) "a:0:{}"
string(22) "a:2:{i:0;i:1;i:1;i:2;}"
string(46) "a:2:{s:1:"a";i:1;s:1:"b";a:2:{i:0;b:1;i:1;N;}}"
string(32) "a:2:{i:3;s:1:"x";s:1:"k";d:1.5;}"
string(6) "d:NAN;"
string(6) "d:INF;"
string(53) "O:8:"stdClass":2:{s:1:"p";i:1;s:1:"q";a:1:{i:0;i:2;}}"
