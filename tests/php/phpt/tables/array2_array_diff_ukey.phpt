--TEST--
array_diff_ukey() on edge cases
--XFAIL--
array_diff_ukey is not implemented
--FILE--
<?php
var_dump(array_diff_ukey(['a' => 1, 'B' => 2], ['b' => 0], 'strcasecmp'));
--EXPECT--
array(1) {
  ["a"]=>
  int(1)
}
