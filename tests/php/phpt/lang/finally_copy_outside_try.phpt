--TEST--
the copy of a finally block that return/break/continue runs is outside its try: an exception or a fiber suspension in it does not run that finally again (nested tries, catch bodies, generators)
--FILE--
<?php
function f() { try { return 1; } finally { echo "F"; throw new Exception("x"); } }
try { f(); } catch (Exception $e) { echo "caught\n"; }
function g() { try { try { return 1; } finally { echo "G"; throw new Exception("y"); } } catch (Exception $e) { echo "inner-caught "; return 2; } }
var_dump(g());
function h() { foreach ([1,2] as $i) { try { if ($i == 1) continue; return $i; } finally { echo "H$i"; if ($i == 2) throw new Exception("z"); } } }
try { h(); } catch (Exception $e) { echo " caught h\n"; }
function k() { try { throw new Exception("a"); } catch (Exception $e) { return "ret"; } finally { echo "K"; throw new Exception("b"); } }
try { k(); } catch (Exception $e) { echo " ", $e->getMessage(), " prev=", $e->getPrevious()?->getMessage(), "\n"; }
$f = new Fiber(function () { try { echo "try\n"; return 1; } finally { echo "finally start\n"; Fiber::suspend(2); echo "finally end\n"; } });
var_dump($f->start());
unset($f);
echo "--\n";
$g = new Fiber(function () { try { return 5; } finally { echo "F1\n"; Fiber::suspend(); echo "F2\n"; } });
$g->start(); $g->resume(); var_dump($g->getReturn());
function gen() { try { return 3; } finally { echo "gen finally\n"; yield 1; echo "after yield\n"; } }
foreach (gen() as $v) var_dump($v);
echo "end\n";
--EXPECT--
Fcaught
Ginner-caught int(2)
H1H2 caught h
K b prev=
try
finally start
int(2)
--
F1
F2
int(5)
gen finally
int(1)
after yield
end
