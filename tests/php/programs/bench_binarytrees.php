<?php
class Node { public $l; public $r; }
function bottomUp($d) { $n = new Node; if ($d > 0) { $n->l = bottomUp($d - 1); $n->r = bottomUp($d - 1); } return $n; }
function check($n) { return 1 + ($n->l === null ? 0 : check($n->l) + check($n->r)); }
function arrTree($d) { return $d > 0 ? [arrTree($d - 1), arrTree($d - 1)] : [null, null]; }
function arrCheck($t) { return 1 + ($t[0] === null ? 0 : arrCheck($t[0]) + arrCheck($t[1])); }
$max = (int)($argv[1] ?? 10); if ($max < 6) $max = 10;
$stretch = $max + 1;
echo "stretch tree of depth $stretch\t check: ", check(bottomUp($stretch)), "\n";
$long = bottomUp($max);
for ($d = 4; $d <= $max; $d += 2) {
    $it = 1 << ($max - $d + 4); $c = 0;
    for ($i = 0; $i < $it; $i++) $c += check(bottomUp($d));
    echo "$it\t trees of depth $d\t check: $c\n";
}
echo "long lived tree of depth $max\t check: ", check($long), "\n";
echo "array tree check: ", arrCheck(arrTree(8)), "\n";
