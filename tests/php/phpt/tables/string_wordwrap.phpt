--TEST--
wordwrap() on edge cases
--FILE--
<?php
var_dump(wordwrap('The quick brown fox', 10, "\n", true));
var_dump(wordwrap('A very long woooooooooooord.', 8, "\n", true));
var_dump(wordwrap('short', 10));
--EXPECT--
string(19) "The quick
brown fox"
string(29) "A very
long
wooooooo
ooooord."
string(5) "short"
