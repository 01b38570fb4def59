--TEST--
strcasecmp() on edge cases
--FILE--
<?php
var_dump(strcasecmp('HELLO', 'hello'));
var_dump(strcasecmp('a', 'B'));
--EXPECT--
int(0)
int(-1)
