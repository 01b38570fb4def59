--TEST--
hexdec() on edge cases
--FILE--
<?php
var_dump(hexdec('ff'));
var_dump(hexdec('1A'));
--EXPECT--
int(255)
int(26)
