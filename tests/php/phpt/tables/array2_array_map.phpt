--TEST--
array_map() on edge cases
--FILE--
<?php
var_dump(array_map(fn($x) => $x, []));
var_dump(array_map('strtoupper', ['a' => 'x']));
--EXPECT--
array(0) {
}
array(1) {
  ["a"]=>
  string(1) "X"
}
