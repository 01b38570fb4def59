<?php
$a = 1; $b = &$a; $b = 2; echo $a, "\n";
$arr = [1, 2, 3]; $ref = &$arr[1]; $ref = 20; print_r($arr);
$copy = $arr; $ref = 99; echo $copy[1], " ", $arr[1], "\n";
function addOne(array &$xs) { foreach ($xs as &$x) $x++; }
$nums = [1, 2]; addOne($nums); print_r($nums);
$config = ['a' => ['b' => 1]]; $inner = &$config['a']['b']; $inner = 'changed'; print_r($config);
$x = 1; $y = 2; $pair = [&$x, &$y]; $pair[0] = 10; echo $x, "\n";
$data = ['k' => 1]; foreach ($data as $k => &$v) { $v = $v * 100; } unset($v); print_r($data);
function &counterRef() { static $c = 0; $c++; return $c; } counterRef(); echo counterRef(), "\n";
$o = new stdClass; $o->v = 1; $r = &$o->v; $r = 5; echo $o->v, "\n";
$list = [[1], [2]]; foreach ($list as &$item) { $item[] = 0; } unset($item); echo json_encode($list), "\n";
$s = 'abc'; $t = &$s; $t .= 'd'; echo $s, "\n";
$g1 = 5; function readG() { return $GLOBALS_stub ?? 'no'; } echo readG(), "\n";
$arr2 = [3, 1, 2]; $alias = &$arr2; sort($alias); print_r($arr2);
$matrix = [[1, 2], [3, 4]]; foreach ($matrix as &$row) foreach ($row as &$cell) $cell *= 2; unset($row, $cell); echo json_encode($matrix), "\n";
function modify($arr) { $arr[] = 'x'; return $arr; } $orig = [1]; $new = modify($orig); echo count($orig), count($new), "\n";
$a1 = [1, 2]; $a2 = $a1; $a2[] = 3; echo count($a1), count($a2), "\n";
$sw = 'one'; $swr = &$sw; unset($swr); $swr = 'two'; echo $sw, "\n";
