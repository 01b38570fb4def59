--TEST--
strlen() on edge cases
--FILE--
<?php
var_dump(strlen(''));
var_dump(strlen('abc'));
var_dump(strlen("a\0b"));
var_dump(strlen('héllo'));
--EXPECT--
int(0)
int(3)
int(3)
int(6)
