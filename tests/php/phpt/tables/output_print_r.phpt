--TEST--
print_r of every kind of value
--FILE--
<?php
print_r(null); echo "\n";
print_r(false); echo "\n";
print_r(true); echo "\n";
print_r(0); echo "\n";
print_r(-1); echo "\n";
print_r(1.0); echo "\n";
print_r(0.1 + 0.2); echo "\n";
print_r(1e100); echo "\n";
print_r(-0.0); echo "\n";
print_r(1e15); echo "\n";
print_r(123456789012345678); echo "\n";
print_r('str'); echo "\n";
print_r("q'uo\"te\n"); echo "\n";
print_r([]); echo "\n";
print_r([1, 2]); echo "\n";
print_r(['a' => 1, 'b' => [true, null]]); echo "\n";
print_r([3 => 'x', 'k' => 1.5]); echo "\n";
print_r(NAN); echo "\n";
print_r(INF); echo "\n";
print_r((object)['p' => 1, 'q' => [2]]); echo "\n";
--EXPECT--
1
0
-1
1
0.3
1.0E+100
-0
1.0E+15
123456789012345678
str
q'uo"te

Array
(
)

Array
(
    [0] => 1
    [1] => 2
)

Array
(
    [a] => 1
    [b] => Array
        (
            [0] => 1
            [1] => 
        )

)

Array
(
    [3] => x
    [k] => 1.5
)

NAN
INF
stdClass Object
(
    [p] => 1
    [q] => Array
        (
            [0] => 2
        )

)
