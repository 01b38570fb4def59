--TEST--
foreach by reference over an array the body modifies: appended elements are visited, removed ones are not, array_shift/array_unshift keep the loop on its next element
--FILE--
<?php
function show($label, $a) { echo $label, ": ", json_encode($a), "\n"; }

$a = [1, 2, 3];
foreach ($a as $k => &$v) {
    echo "$k=$v ";
    if ($k < 2) $a[] = $v * 10;
}
unset($v);
echo "\n"; show("appended", $a);

$a = [1, 2, 3, 4];
foreach ($a as $k => &$v) {
    echo "$k=$v ";
    unset($a[$k + 1]);
}
unset($v);
echo "\n"; show("removed ahead", $a);

$a = ['x', 'y', 'z'];
foreach ($a as $k => &$v) {
    echo "$k=$v ";
    array_shift($a);
}
unset($v);
echo "\n"; show("shifted", $a);

$a = ['x', 'y'];
$n = 0;
foreach ($a as $k => &$v) {
    echo "$k=$v ";
    array_unshift($a, "new" . $n++);
}
unset($v);
echo "\n"; show("unshifted", $a);

$a = ['p' => 1, 'q' => 2, 'r' => 3];
foreach ($a as $k => &$v) {
    echo "$k=$v ";
    if ($k === 'p') unset($a['q']);
    $v *= 2;
}
unset($v);
echo "\n"; show("hash", $a);

$a = [1, 2, 3];
foreach ($a as $k => &$v) {
    echo "$k=$v ";
    array_pop($a);
}
unset($v);
echo "\n"; show("popped", $a);

// a nested loop over the same array by reference
$a = [1, 2];
foreach ($a as &$x) {
    foreach ($a as &$y) {
        echo "$x/$y ";
        if ($x == 1 && $y == 1) array_unshift($a, 0);
    }
}
unset($x, $y);
echo "\n"; show("nested", $a);
--EXPECT--
0=1 1=2 2=3 3=10 4=20 
appended: [1,2,3,10,20]
0=1 2=3 
removed ahead: {"0":1,"2":3}
0=x 0=y 0=z 
shifted: []
0=x 2=y 
unshifted: ["new1","new0","x","y"]
p=1 r=3 
hash: {"p":2,"r":6}
0=1 1=2 
popped: [1]
1/1 1/2 2/0 2/1 2/2 
nested: [0,1,2]
