--TEST--
decoct() on edge cases
--FILE--
<?php
var_dump(decoct(8));
--EXPECT--
string(2) "10"
