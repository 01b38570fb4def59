--TEST--
declared types: object with a class in a union is redundant
--FILE--
<?php
function f(): (Countable&ArrayAccess)|object|null {}
echo "not reached\n";
--EXPECTF--
Fatal error: Type (Countable&ArrayAccess)|object|null contains both object and a class type, which is redundant in %s on line 2
