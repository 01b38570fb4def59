--TEST--
null as the default of a property whose type does not take null: php's compile-time fatal error naming the nullable type
--FILE--
<?php
echo "compiled first\n";
class C { public int|string $p = null; }
--EXPECTF--
Fatal error: Default value for property of type string|int may not be null. Use the nullable type string|int|null to allow null default value in %s on line 3
