--TEST--
array_uintersect() on edge cases
--XFAIL--
array_uintersect is not implemented
--FILE--
<?php
var_dump(array_uintersect(['a', 'B'], ['b'], 'strcasecmp'));
--EXPECT--
array(1) {
  [1]=>
  string(1) "B"
}
