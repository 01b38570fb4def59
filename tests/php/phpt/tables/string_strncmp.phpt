--TEST--
strncmp() on edge cases
--FILE--
<?php
var_dump(strncmp('abcd', 'abef', 2));
var_dump(strncmp('abcd', 'abef', 3));
--EXPECT--
int(0)
int(-2)
