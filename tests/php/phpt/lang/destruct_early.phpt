--TEST--
destructors of objects whose last holder goes away run at that moment
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
function f() { $local = new D('local'); echo "in f\n"; }
f();
$x = new D('overwritten');
$x = null;
$y = new D('unset');
unset($y);
echo "end\n";
--EXPECT--
in f
destruct local
destruct overwritten
destruct unset
end
