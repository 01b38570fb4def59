--TEST--
gettype() on edge cases
--FILE--
<?php
var_dump(gettype(1));
var_dump(gettype(1.5));
var_dump(gettype('s'));
var_dump(gettype(true));
var_dump(gettype(null));
var_dump(gettype([]));
var_dump(gettype(new stdClass));
--EXPECT--
string(7) "integer"
string(6) "double"
string(6) "string"
string(7) "boolean"
string(4) "NULL"
string(5) "array"
string(6) "object"
