<?php
throw new Exception('x');
$a = $b ?? throw new E();
$c = $d ?: throw new E;
$f = fn() => throw $e;
