--TEST--
array functions: splice, walk, search, keys, push/pop, compact/extract
--FILE--
<?php
$a = [1, 2, 3, 4, 5];
$removed = array_splice($a, 1, 2, ['x', 'y', 'z']);
print_r($a); print_r($removed);
$b = ['a' => 1, 'b' => 2];
array_walk($b, function (&$v, $k, $p) { $v = "$p$k$v"; }, '>');
print_r($b);
$st = [1]; array_push($st, 2, 3); echo array_pop($st), array_shift($st), count($st), "\n";
array_unshift($st, 'first'); print_r($st);
$name = 'n'; $age = 3; print_r(compact('name', 'age'));
extract(['p' => 'P', 'q' => 'Q']); echo $p, $q, "\n";
list('x' => $x, 'y' => $y) = ['x' => 1, 'y' => 2]; [$m, [$n, $o]] = [1, [2, 3]]; echo "$x$y$m$n$o\n";
[$a1, $b1] = [$b1 ?? 'B', 'A']; echo $a1, $b1, "\n";
--EXPECT--
Array
(
    [0] => 1
    [1] => x
    [2] => y
    [3] => z
    [4] => 4
    [5] => 5
)
Array
(
    [0] => 2
    [1] => 3
)
Array
(
    [a] => >a1
    [b] => >b2
)
311
Array
(
    [0] => first
    [1] => 2
)
Array
(
    [name] => n
    [age] => 3
)
PQ
12123
BA
