--TEST--
is_infinite() on edge cases
--FILE--
<?php
var_dump(is_infinite(INF));
var_dump(is_infinite(-INF));
var_dump(is_infinite(1e308 * 10));
--EXPECT--
bool(true)
bool(true)
bool(true)
