--TEST--
destructors run after exit()
--FILE--
<?php
class D { function __destruct() { echo "destructed\n"; } }
$d = new D;
function leave() { echo "leaving\n"; exit(3); }
leave();
--EXPECT--
leaving
destructed
