--TEST--
array_walk_recursive modifies leaves by reference
--XFAIL--
array_walk_recursive is not implemented
--FILE--
<?php
$a = ['a' => [1, 2, ['x' => 3]], 'b' => 4];
array_walk_recursive($a, function (&$v, $k) { $v = "$k:$v"; });
print_r($a);
--EXPECT--
Array
(
    [a] => Array
        (
            [0] => 0:1
            [1] => 1:2
            [2] => Array
                (
                    [x] => x:3
                )

        )

    [b] => b:4
)
