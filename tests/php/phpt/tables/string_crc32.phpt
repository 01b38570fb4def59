--TEST--
crc32() on edge cases
--FILE--
<?php
var_dump(crc32('The quick brown fox jumped over the lazy dog.'));
--EXPECT--
int(2191738434)
