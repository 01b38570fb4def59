--TEST--
http_build_query() on edge cases
--XFAIL--
http_build_query is not implemented
--FILE--
<?php
var_dump(http_build_query(['a' => 1, 'b' => [1, 2], 'c' => 'x y']));
--EXPECT--
string(31) "a=1&b%5B0%5D=1&b%5B1%5D=2&c=x+y"
