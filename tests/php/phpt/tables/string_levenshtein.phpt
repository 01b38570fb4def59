--TEST--
levenshtein() on edge cases
--FILE--
<?php
var_dump(levenshtein('kitten', 'sitting'));
var_dump(levenshtein('', 'abc'));
--EXPECT--
int(3)
int(3)
