--TEST--
an uncaught exception: message, trace, exit status
--FILE--
<?php
function thrower($n) { throw new DomainException("bad $n"); }
function mid() { thrower(42); }
echo "before\n";
mid();
--EXPECTF--
before

Fatal error: Uncaught DomainException: bad 42 in %s:2
Stack trace:
#0 %s(3): thrower(42)
#1 %s(5): mid()
#2 {main}
  thrown in %s on line 2
