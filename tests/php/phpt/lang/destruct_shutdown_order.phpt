--TEST--
__destruct at script end in php's shutdown order
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
class Holder { public $items = []; function __destruct() { echo "holder gone\n"; } }
$shared = new D('shared');
$alias = $shared;
$list = [new D('first in list'), new D('second in list')];
$h = new Holder;
$h->items[] = new D('held');
$single = new D('single');
echo "end of script\n";
--EXPECT--
end of script
destruct single
holder gone
destruct held
destruct shared
destruct first in list
destruct second in list
