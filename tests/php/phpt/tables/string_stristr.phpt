--TEST--
stristr() on edge cases
--FILE--
<?php
var_dump(stristr('HayStack', 'st'));
--EXPECT--
string(5) "Stack"
