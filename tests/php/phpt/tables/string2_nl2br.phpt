--TEST--
nl2br() on edge cases
--FILE--
<?php
var_dump(nl2br("a\nb\r\nc"));
--EXPECT--
string(18) "a<br />
b<br />
c"
