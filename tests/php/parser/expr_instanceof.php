<?php
$a = $b instanceof Foo;
$c = !$d instanceof \Bar\Baz;
$e = $f instanceof $g;
$h = $i instanceof static;
$j = $k instanceof ('Foo');
$l = $m instanceof $n->cls;
