--TEST--
Destructors of the variables of frames an exception leaves (also when a destructor throws: the exceptions chain), finally, generators
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "dtor {$this->n}\n"; } }
class T { function __construct(public $n) {} function __destruct() { echo "T dtor {$this->n}\n"; throw new Exception("from dtor {$this->n}"); } }
function inner() { $a = new D(1); $b = new D(2); throw new Exception("boom"); }
function outer() { $c = new D(3); inner(); echo "not reached\n"; }
try { outer(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
echo "after 1\n";
function withArg($d) { throw new RuntimeException("arg"); }
try { withArg(new D(4)); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
unset($e);
echo "after 2\n";
function thrower() { $t = new T(5); $d = new D(6); throw new LogicException("first"); }
try { thrower(); } catch (Exception $e) {
  echo "caught ", get_class($e), " ", $e->getMessage(), "\n";
  $p = $e->getPrevious(); echo "previous: ", $p ? get_class($p) . " " . $p->getMessage() : "none", "\n";
}
echo "after 3\n";
function fin() { $d = new D(7); try { throw new Exception("in try"); } finally { echo "finally\n"; } }
try { fin(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
echo "after 4\n";
function gen() { $d = new D(8); yield 1; throw new Exception("gen"); }
try { foreach (gen() as $v) echo "v$v\n"; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
echo "end\n";
--EXPECT--
dtor 1
dtor 2
dtor 3
caught boom
after 1
caught arg
dtor 4
after 2
T dtor 5
dtor 6
caught Exception from dtor 5
previous: LogicException first
after 3
finally
dtor 7
caught in try
after 4
v1
dtor 8
caught gen
end
