--TEST--
stripslashes() on edge cases
--FILE--
<?php
var_dump(stripslashes('O\\\'Re'));
--EXPECT--
string(4) "O'Re"
