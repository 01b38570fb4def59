--TEST--
declared types: unions with iterable and object, DNF types that are not redundant
--FILE--
<?php
function a(): iterable|object|null { return null; }
function b(): (Countable&ArrayAccess)|Traversable|null { return new ArrayIterator([]); }
function c(bool|int $x): mixed { return $x; }
class P { public int|string $v = 1; public ?Countable $c = null; }
var_dump(a(), b() instanceof Traversable, c(true), (new P)->v);
--EXPECT--
NULL
bool(true)
bool(true)
int(1)
