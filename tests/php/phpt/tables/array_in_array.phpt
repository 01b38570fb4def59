--TEST--
in_array() on edge cases
--FILE--
<?php
var_dump(in_array('abc', [0]));
var_dump(in_array(null, ['']));
var_dump(in_array('1e1', ['10']));
var_dump(in_array(0, ['a'], true));
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
