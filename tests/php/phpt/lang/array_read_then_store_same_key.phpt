--TEST--
arrays: `$a[$k] = f($a[$k] ?? 0)` stores into the right element when f() deletes the key, grows or copies the array, or rebuilds it, between the read and the store
--FILE--
<?php
function bump($v) { return $v + 1; }
function del($v) { global $a, $k; unset($a[$k]); return $v + 10; }
function grow($v) { global $a; for ($i = 0; $i < 100; $i++) $a["g$i"] = $i; return $v + 100; }
function shrink($v) { global $a; foreach ($a as $key => $_) if ($key !== "x" && $key !== "y") unset($a[$key]); $a["z"] = 0; return $v + 1000; }
function readd($v) { global $a, $k; unset($a[$k]); $a[$k] = -1; return $v + 5; }
function copy_then($v) { global $a, $saved; $saved = $a; return $v + 7; }

$a = ["x" => 1, "y" => 2];
$k = "x";
for ($r = 0; $r < 3; $r++) $a[$k] = bump($a[$k] ?? 0);
$a[$k] = del($a[$k] ?? 0);
var_dump($a);
$a[$k] = grow($a[$k] ?? 0);
echo count($a), " ", $a["x"], " ", array_key_first($a), " ", array_key_last($a), "\n";
$a[$k] = shrink($a[$k] ?? 0);
var_dump($a);
$a[$k] = readd($a[$k] ?? 0);
var_dump($a);
$a[$k] = copy_then($a[$k] ?? 0);
var_dump($a, $saved);
// integer-like string keys are integer keys
$a = ["5" => 1, "05" => 2];
foreach (["5", "05", "5", "-0", "x"] as $k) $a[$k] = ($a[$k] ?? 0) + 1;
var_dump($a);
// a key read from another array (the same string) and a reference element
$src = ["p" => 1, "q" => 2];
$b = [];
$ref = 0;
for ($r = 0; $r < 2; $r++)
    foreach ($src as $key => $v) {
        $b[$key] = ($b[$key] ?? 0) + $v;
        if ($r == 0 && $key === "q") $b["q"] = &$ref;
    }
var_dump($b, $ref);
// the store into another array with the same key
$c = ["p" => 100];
foreach ($src as $key => $v) $c[$key] = ($b[$key] ?? 0) * 2;
var_dump($c);
--EXPECT--
array(2) {
  ["y"]=>
  int(2)
  ["x"]=>
  int(14)
}
102 114 y g99
array(3) {
  ["y"]=>
  int(2)
  ["x"]=>
  int(1114)
  ["z"]=>
  int(0)
}
array(3) {
  ["y"]=>
  int(2)
  ["z"]=>
  int(0)
  ["x"]=>
  int(1119)
}
array(3) {
  ["y"]=>
  int(2)
  ["z"]=>
  int(0)
  ["x"]=>
  int(1126)
}
array(3) {
  ["y"]=>
  int(2)
  ["z"]=>
  int(0)
  ["x"]=>
  int(1119)
}
array(4) {
  [5]=>
  int(3)
  ["05"]=>
  int(3)
  ["-0"]=>
  int(1)
  ["x"]=>
  int(1)
}
array(2) {
  ["p"]=>
  int(2)
  ["q"]=>
  &int(2)
}
int(2)
array(2) {
  ["p"]=>
  int(4)
  ["q"]=>
  int(4)
}
