--TEST--
strrev() on edge cases
--FILE--
<?php
var_dump(strrev('racecar'));
--EXPECT--
string(7) "racecar"
