--TEST--
array_reverse() on edge cases
--FILE--
<?php
var_dump(array_reverse([]));
--EXPECT--
array(0) {
}
