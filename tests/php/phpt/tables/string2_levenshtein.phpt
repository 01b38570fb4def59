--TEST--
levenshtein() on edge cases
--FILE--
<?php
var_dump(levenshtein('flaw', 'lawn'));
--EXPECT--
int(2)
