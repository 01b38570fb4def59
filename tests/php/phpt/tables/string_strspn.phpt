--TEST--
strspn() on edge cases
--FILE--
<?php
var_dump(strspn('42 is the answer', '1234567890'));
--EXPECT--
int(2)
