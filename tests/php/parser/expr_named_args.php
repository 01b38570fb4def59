<?php
foo(a: 1, b: 2);
foo(1, b: 2);
$o->m(array: [], list: 3, class: 4);
new Foo(x: 1);
Foo::bar(...$args, c: 3);
