--TEST--
yield from arrays and generators, keys
--FILE--
<?php
function inner() { yield 1; yield 2; return 'inner done'; }
function outer() { $r = yield from inner(); echo "$r\n"; yield from [10, 20]; yield 3; }
foreach (outer() as $k => $v) echo "$k=>$v\n";
function lazy() { echo "started\n"; yield 1; }
$l = lazy(); echo "created\n"; echo $l->current(), "\n";
--EXPECT--
0=>1
1=>2
inner done
0=>10
1=>20
0=>3
created
started
1
