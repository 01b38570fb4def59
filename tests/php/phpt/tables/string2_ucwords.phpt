--TEST--
ucwords() on edge cases
--FILE--
<?php
var_dump(ucwords('hello   world'));
--EXPECT--
string(13) "Hello   World"
