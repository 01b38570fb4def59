--TEST--
strncasecmp() on edge cases
--FILE--
<?php
var_dump(strncasecmp('ABcd', 'abCE', 3));
--EXPECT--
int(0)
