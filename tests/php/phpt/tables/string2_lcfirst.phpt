--TEST--
lcfirst() on edge cases
--FILE--
<?php
var_dump(lcfirst(''));
--EXPECT--
string(0) ""
