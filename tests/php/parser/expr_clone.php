<?php
$a = clone $b;
$c = clone $d->e;
$f = (clone $g)->h();
