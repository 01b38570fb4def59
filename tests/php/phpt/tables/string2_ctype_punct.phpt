--TEST--
ctype_punct() on edge cases
--FILE--
<?php
var_dump(ctype_punct('!?'));
var_dump(ctype_punct('a!'));
--EXPECT--
bool(true)
bool(false)
