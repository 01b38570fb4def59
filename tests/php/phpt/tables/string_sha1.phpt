--TEST--
sha1() on edge cases
--FILE--
<?php
var_dump(sha1('hello'));
--EXPECT--
string(40) "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"
