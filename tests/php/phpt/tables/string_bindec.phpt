--TEST--
bindec() on edge cases
--FILE--
<?php
var_dump(bindec('1010'));
--EXPECT--
int(10)
