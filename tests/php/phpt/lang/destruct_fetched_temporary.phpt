--TEST--
a call's or new's object read for one property (`f()->p`, `(new A)->p`) is released at once: its destructor runs before the statement goes on, as php frees the temporary
--FILE--
<?php
class A {
  public $p = 1;
  public $self;
  function __construct(public $name = "a") { }
  function __destruct() { echo "destruct {$this->name}\n"; }
  function m() { return 2; }
  function me() { return $this; }
}
function f($n = "f") { return new A($n); }
echo (f())->p, "\n";
echo "after1\n";
echo f()->m(), "\n";
echo "after2\n";
$x = f("x")->p;
echo "after3\n";
echo (new A("new"))->p, "\n";
echo "after4\n";
$o = f("kept");
$o->self = $o;
echo $o->me()->p, "\n";
echo "after5\n";
$y = f("chain")->me()->name;
echo "after6 $y\n";
$z = f("null")?->p;
echo "after7\n";
unset($o);
echo "end\n";
--EXPECT--
destruct f
1
after1
destruct f
2
after2
destruct x
after3
destruct new
1
after4
1
after5
destruct chain
after6 chain
destruct null
after7
end
destruct kept
