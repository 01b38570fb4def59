--TEST--
array_pad() on edge cases
--FILE--
<?php
var_dump(array_pad([], 2, null));
--EXPECT--
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
