--TEST--
generators: keys, send, return
--FILE--
<?php
function gen() {
    $got = yield 'a' => 1;
    echo "got $got\n";
    yield 'b' => 2;
    return 99;
}
$g = gen();
foreach ($g as $k => $v) { echo "$k=$v\n"; if ($k == 'a') $g->send('hi'); }
echo $g->getReturn(), "\n";
function counter($n) { for ($i = 1; $i <= $n; $i++) yield $i; }
echo implode(',', iterator_to_array(counter(4))), "\n";
--EXPECT--
a=1
got hi
99
1,2,3,4
