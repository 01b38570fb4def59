--TEST--
ucfirst() on edge cases
--FILE--
<?php
var_dump(ucfirst('élan'));
--EXPECT--
string(5) "élan"
