<?php
$f = strlen(...);
$g = $obj->method(...);
$h = Foo::bar(...);
$i = $closure(...);
$j = $obj?->m(...);
