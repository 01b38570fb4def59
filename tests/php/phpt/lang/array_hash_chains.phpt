--TEST--
array hash index: chains after deletes and re-inserts, power-of-two strides, extreme integer keys, string keys, copies
--FILE--
<?php
// chained index: deletes, re-inserts, strides, negative and huge keys, string keys
$a = [];
for ($i = 0; $i < 5000; $i++) $a[$i * 1024] = $i;
for ($i = 0; $i < 5000; $i += 3) unset($a[$i * 1024]);
for ($i = 0; $i < 5000; $i += 6) $a[$i * 1024] = -$i;
$s = 0; foreach ($a as $k => $v) $s += $k ^ $v;
echo count($a), " ", $s, " ", isset($a[1024]) ? 1 : 0, isset($a[0]) ? 1 : 0, isset($a[3072]) ? 1 : 0, "\n";
$b = [PHP_INT_MAX => 1, PHP_INT_MIN => 2, -1 => 3, 0 => 4, "x" => 5, "10" => 6, 1 << 40 => 7, (1 << 40) + 1 => 8];
unset($b[-1]); $b[-1] = 9; $b["y"] = 10; unset($b["x"]); $b["x"] = 11;
var_dump($b);
$c = []; for ($i = 0; $i < 3000; $i++) { $c["k$i"] = $i; if ($i % 7 == 0) unset($c["k" . ($i / 7)]); }
echo count($c), " ", array_sum($c), " ", implode(",", array_slice(array_keys($c), 0, 8)), "\n";
$d = $c; $d["k5"] = -1; echo $c["k5"] ?? "none", " ", $d["k5"], "\n";
--EXPECT--
4167 6398328909 110
array(9) {
  [9223372036854775807]=>
  int(1)
  [-9223372036854775808]=>
  int(2)
  [0]=>
  int(4)
  [10]=>
  int(6)
  [1099511627776]=>
  int(7)
  [1099511627777]=>
  int(8)
  [-1]=>
  int(9)
  ["y"]=>
  int(10)
  ["x"]=>
  int(11)
}
2571 4406694 k429,k430,k431,k432,k433,k434,k435,k436
none -1
