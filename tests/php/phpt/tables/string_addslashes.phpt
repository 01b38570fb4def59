--TEST--
addslashes() on edge cases
--FILE--
<?php
var_dump(addslashes("O'Re\"il\\ly"));
--EXPECT--
string(13) "O\'Re\"il\\ly"
