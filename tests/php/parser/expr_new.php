<?php
$a = new Foo;
$b = new Foo();
$c = new Foo(1, 2);
$d = new \A\B;
$e = new $cls;
$f = new $obj->cls;
$g = new $arr['k'];
$h = new static;
$i = new self();
$j = new parent;
$k = new (trim(' Foo '));
$l = (new Foo)->bar();
$m = new $a::$b;
