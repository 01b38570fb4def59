--TEST--
compact() on edge cases
--FILE--
<?php
var_dump(compact('undefined_name'));
--EXPECTF--
Warning: compact(): Undefined variable $undefined_name in %s on line 2
array(0) {
}
