<?php
$counter = 1;
$r = require __DIR__ . "/inc/lib.php";
echo $r, " ", helper(21), " ", IncClass::V, " ", $shared, " ", $counter, "\n";
var_dump(include_once "inc/lib.php");
var_dump(require_once "inc/lib.php");
function f() { $counter = 10; include "inc/lib2.php"; echo $counter, $local2, "\n"; }
f();
$x = @include "nope.php"; var_dump($x);
include "nope.php";
echo "end\n";
