--TEST--
(string) casts of scalars, arrays and special values
--FILE--
<?php
var_dump((string)0);
var_dump((string)-7);
var_dump((string)1.9);
var_dump((string)-1.9);
var_dump((string)1e20);
var_dump((string)'12');
var_dump((string)'12.5xyz');
var_dump((string)'abc');
var_dump((string)'');
var_dump((string)'0');
var_dump((string)null);
var_dump((string)true);
var_dump((string)false);
var_dump((string)'  42');
var_dump((string)'0b11');
var_dump((string)'1_000');
var_dump((string)NAN);
--EXPECT--
string(1) "0"
string(2) "-7"
string(3) "1.9"
string(4) "-1.9"
string(7) "1.0E+20"
string(2) "12"
string(7) "12.5xyz"
string(3) "abc"
string(0) ""
string(1) "0"
string(0) ""
string(1) "1"
string(0) ""
string(4) "  42"
string(4) "0b11"
string(5) "1_000"
string(3) "NAN"
