--TEST--
declared types: an intersection including another member is redundant
--FILE--
<?php
function f(): (Countable&ArrayAccess)|Countable {}
echo "not reached\n";
--EXPECTF--
Fatal error: Type Countable&ArrayAccess is redundant as it is more restrictive than type Countable in %s on line 2
