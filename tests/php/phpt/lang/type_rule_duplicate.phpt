--TEST--
declared types: a duplicate union member is a compile-time error (iterable counts as array)
--FILE--
<?php
function f(): array|iterable|null {}
echo "not reached\n";
--EXPECTF--
Fatal error: Duplicate type array is redundant in %s on line 2
