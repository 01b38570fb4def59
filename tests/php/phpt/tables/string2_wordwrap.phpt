--TEST--
wordwrap() on edge cases
--FILE--
<?php
var_dump(wordwrap('A very long woooooooooooord. and something', 8, "\n", false));
--EXPECT--
string(42) "A very
long
woooooooooooord.
and
something"
