--TEST--
chunk_split() on edge cases
--FILE--
<?php
var_dump(chunk_split('abcdefg', 3, '-'));
--EXPECT--
string(10) "abc-def-g-"
