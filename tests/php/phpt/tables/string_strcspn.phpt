--TEST--
strcspn() on edge cases
--FILE--
<?php
var_dump(strcspn('abcd', 'cd'));
--EXPECT--
int(2)
