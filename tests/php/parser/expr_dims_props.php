<?php
$a[0][1]['x'] = 1;
$a[] = 2;
$b->c->d = 3;
foo()[0];
foo()->bar;
(function () {})();
($a)();
$a()();
