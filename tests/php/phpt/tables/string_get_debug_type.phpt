--TEST--
get_debug_type() on edge cases
--FILE--
<?php
var_dump(get_debug_type(1));
var_dump(get_debug_type(1.5));
var_dump(get_debug_type('s'));
var_dump(get_debug_type(false));
var_dump(get_debug_type(null));
var_dump(get_debug_type([]));
var_dump(get_debug_type(new stdClass));
--EXPECT--
string(3) "int"
string(5) "float"
string(6) "string"
string(4) "bool"
string(4) "null"
string(5) "array"
string(8) "stdClass"
