--TEST--
array_change_key_case() on edge cases
--FILE--
<?php
var_dump(array_change_key_case(['A' => 1, 'b' => 2]));
var_dump(array_change_key_case(['a' => 1], CASE_UPPER));
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(1) {
  ["A"]=>
  int(1)
}
