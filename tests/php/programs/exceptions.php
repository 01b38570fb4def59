<?php
function thrower($x) { if ($x > 2) throw new InvalidArgumentException("too big: $x", 42); return $x; }
try { thrower(1); thrower(5); } catch (InvalidArgumentException $e) { echo get_class($e), "|", $e->getMessage(), "|", $e->getCode(), "|", $e->getLine(), "\n"; }
try { throw new RuntimeException("rt"); } catch (LogicException $e) { echo "wrong\n"; } catch (RuntimeException | TypeError $e) { echo "multi: ", $e->getMessage(), "\n"; }
function f() { try { return "try"; } finally { echo "finally runs\n"; } } echo f(), "\n";
function g() { try { throw new Exception("x"); } catch (Exception $e) { return "caught"; } finally { echo "g finally\n"; } } echo g(), "\n";
try { try { throw new Exception("inner"); } finally { echo "inner finally\n"; } } catch (Exception $e) { echo "outer caught ", $e->getMessage(), "\n"; }
class MyEx extends Exception { public function __construct($m, private $extra = "extra") { parent::__construct($m, 7); } public function getExtra() { return $this->extra; } }
try { throw new MyEx("custom"); } catch (Exception $e) { echo get_class($e), $e->getMessage(), $e->getCode(), $e->getExtra(), "\n"; }
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo 1 / 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { null->foo(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { undefined_fn(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new UnknownClass(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { "abc" * 2; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { [] + 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$prev = new Exception("first"); $ex = new RuntimeException("second", 0, $prev); echo $ex->getPrevious()->getMessage(), "\n";
try { throw new ErrorException("ee"); } catch (Throwable $t) { echo get_class($t), " is Throwable\n"; }
for ($i = 0; $i < 3; $i++) { try { if ($i == 1) continue; echo "i=$i "; } finally { echo "f$i "; } } echo "\n";
function nested() { try { throw new Exception("a"); } catch (Exception $e) { throw new LogicException("b", 0, $e); } }
try { nested(); } catch (LogicException $e) { echo $e->getMessage(), $e->getPrevious()->getMessage(), "\n"; }
$e = new Exception("trace"); echo $e->getTraceAsString(), "\n";
function lvl2() { throw new Exception("deep"); } function lvl1($a) { lvl2(); }
try { lvl1([1]); } catch (Exception $e) { echo str_replace(__FILE__, "F", $e->getTraceAsString()), "\n"; echo count($e->getTrace()), "\n"; }
echo "before uncaught\n";
lvl1("arg");
echo "never\n";
