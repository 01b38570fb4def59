--TEST--
soundex() on edge cases
--FILE--
<?php
var_dump(soundex('Robert'));
var_dump(soundex('Tymczak'));
--EXPECT--
string(4) "R163"
string(4) "T522"
