--TEST--
Destructors of temporaries: a discarded call result, a method call's object, arguments, $this kept by a local in the constructor
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; $me = $this; echo "ctor $n\n"; }
  function __destruct() { echo "dtor {$this->n}\n"; }
  function f() { echo "f {$this->n}\n"; return 1; }
  function self() { return $this; } }
function mk($n) { return new D($n); }
function take($d) { echo "take {$d->n}\n"; }
echo "A\n";
(new D(1))->f();
echo "B\n";
mk(2);
echo "C\n";
take(new D(3));
echo "D\n";
$x = mk(4)->f();
echo "E\n";
new D(5);
echo "F\n";
mk(6)->self()->f();
echo "G\n";
$y = take(mk(7));
echo "H\n";
function g() { take(new D(8)); echo "in g\n"; }
g();
echo "I\n";
$o = new D(9); $o->self(); echo "J\n";
echo "end\n";
class E { public $n; function __construct($n) { $this->n = $n; }
  function __destruct() { echo "E dtor {$this->n}\n"; }
  function set($v) { echo "set $v\n"; return $this; } }
(new E(1))->set(1)->set(2);
echo "after chain\n";
function pass($e) { return $e; }
pass(new E(3));
echo "after pass\n";
$kept = pass(new E(4));
echo "kept {$kept->n}\n";
function two($a, $b) { echo "two\n"; }
two(new E(5), new E(6));
echo "after two\n";
echo "end2\n";
--EXPECT--
A
ctor 1
f 1
dtor 1
B
ctor 2
dtor 2
C
ctor 3
take 3
dtor 3
D
ctor 4
f 4
dtor 4
E
ctor 5
dtor 5
F
ctor 6
f 6
dtor 6
G
ctor 7
take 7
dtor 7
H
ctor 8
take 8
dtor 8
in g
I
ctor 9
J
end
set 1
set 2
E dtor 1
after chain
E dtor 3
after pass
kept 4
two
E dtor 5
E dtor 6
after two
end2
E dtor 4
dtor 9
