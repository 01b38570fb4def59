--TEST--
array_udiff() on edge cases
--XFAIL--
array_udiff is not implemented
--FILE--
<?php
var_dump(array_udiff([1, 5, 3], [3], fn($a, $b) => $a <=> $b));
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(5)
}
