--TEST--
first-class callable syntax and callable strings/arrays
--FILE--
<?php
class M { static function twice($x) { return $x * 2; } function add($a, $b) { return $a + $b; } }
$f = strlen(...);
$g = M::twice(...);
$h = (new M)->add(...);
echo $f('abcd'), ' ', $g(4), ' ', $h(2, 3), "\n";
echo call_user_func('M::twice', 5), ' ', call_user_func([new M, 'add'], 1, 1), ' ', call_user_func_array([M::class, 'twice'], [7]), "\n";
echo implode(',', array_map([M::class, 'twice'], [1, 2])), "\n";
--EXPECT--
4 8 5
10 2 14
2,4
