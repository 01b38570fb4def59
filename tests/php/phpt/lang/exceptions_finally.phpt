--TEST--
exceptions: finally ordering, rethrow, return in finally
--FILE--
<?php
function f() {
    try { echo "try\n"; throw new RuntimeException("boom"); }
    catch (LogicException $e) { echo "not here\n"; }
    finally { echo "finally\n"; }
}
try { f(); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
function g() { try { return "try"; } finally { echo "cleanup\n"; } }
echo g(), "\n";
function h() { try { throw new Exception("lost"); } finally { return "finally wins"; } }
echo h(), "\n";
try { try { throw new InvalidArgumentException("a"); } catch (InvalidArgumentException | TypeError $e) { throw new LogicException("b", 5, $e); } }
catch (Exception $e) { echo $e->getMessage(), ' ', $e->getCode(), ' ', $e->getPrevious()->getMessage(), "\n"; }
--EXPECT--
try
finally
RuntimeException: boom
cleanup
try
finally wins
b 5 a
