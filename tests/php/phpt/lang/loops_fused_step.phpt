--TEST--
for loops whose `$i++` step and `$i < x` / `$i <= x` test are one instruction, and loops whose condition is also tested before the first iteration: every kind of counter and limit, continue, break, limits changed in the body, conditions with calls and side effects
--FILE--
<?php
function show(...$v) { echo implode(" ", array_map('json_encode', $v)), "\n"; }
function loops() {
  $n = 5;
  $s = [];
  for ($i = 0; $i < $n; $i++) $s[] = $i;
  show($s, $i);
  $s = [];
  for ($i = 1; $i <= 5; $i++) { if ($i == 3) continue; $s[] = $i; }
  show($s, $i);
  $s = [];
  for ($i = 0; $i < 10; $i++) { if ($i == 4) break; $s[] = $i; }
  show($s, $i);
  // never entered
  for ($i = 7; $i < 3; $i++) echo "not here\n";
  show($i);
  // the limit changes in the body
  $lim = 3; $s = [];
  for ($i = 0; $i < $lim; $i++) { $s[] = $i; if ($i == 1) $lim = 6; }
  show($s, $lim);
  // the counter changes in the body, and becomes a float or a string
  $s = [];
  for ($i = 0; $i < 6; $i++) { $s[] = $i; if ($i == 2) $i = 3.5; }
  show($s, $i);
  $s = [];
  for ($i = 0; $i <= 4; $i++) { $s[] = $i; if ($i === 1) $i = "2"; }
  show($s, $i);
  // float and string limits, string counters
  $s = [];
  for ($i = 0; $i < 2.5; $i++) $s[] = $i;
  show($s);
  $s = [];
  for ($i = 0; $i < "3"; $i++) $s[] = $i;
  show($s);
  $s = [];
  for ($c = "a"; $c < "e"; $c++) $s[] = $c;
  show($s);
  $s = [];
  for ($f = 0.5; $f <= 3; $f++) $s[] = $f;
  show($s);
  // near the largest int: the increment overflows to a float
  $s = [];
  for ($i = PHP_INT_MAX - 2; $i <= PHP_INT_MAX; $i++) { $s[] = $i; if (count($s) > 4) break; }
  var_dump($s, $i);
  // a counter through a reference, and a counter that is a global
  $k = 0; $ref = &$k; $s = [];
  for ($ref = 0; $ref < 3; $ref++) $s[] = $k;
  show($s, $k);
  // a limit that is a reference
  $m = 2; $mr = &$m; $s = [];
  for ($i = 0; $i < $mr; $i++) { $s[] = $i; if ($i == 0) $m = 4; }
  show($s);
  // decrementing and other steps keep the plain test
  $s = [];
  for ($i = 3; $i > 0; $i--) $s[] = $i;
  for ($i = 0; $i < 9; $i += 4) $s[] = $i;
  for ($i = 0, $j = 10; $i < $j; $i++, $j--) $s[] = "$i-$j";
  show($s);
  // conditions with calls (tested before the loop and at the bottom: same number of calls)
  $a = [1, 2, 3];
  $calls = 0;
  $cnt = function ($x) use (&$calls) { $calls++; return count($x); };
  for ($i = 0; $i < count($a); $i++) if ($i < 2) $a[] = 0;
  show(count($a), $i);
  for ($i = 0; $i < $cnt([1, 2]); $i++);
  show($calls, $i);
  $w = 0;
  while ($w < strlen("abcd")) $w++;
  show($w);
  $w = 10;
  while ($w < 3) echo "not here\n";
  // a condition with an assignment is tested once per iteration only
  $it = [1, 2, 3]; $s = [];
  while (($v = array_shift($it)) !== null) $s[] = $v;
  show($s);
  $q = 0;
  for (; ($q += 2) < 7;) echo $q, " ";
  echo "\n";
  // nested loops sharing a limit, labelled continue/break
  $s = [];
  for ($i = 0; $i < 3; $i++)
    for ($j = 0; $j < 3; $j++) {
      if ($j == 1) continue 2;
      if ($i == 2) break 2;
      $s[] = "$i$j";
    }
  show($s, $i, $j);
}
loops();
// at the top level (globals) and with an undefined counter or limit
for ($g = 0; $g < 3; $g++);
show($g);
function undef() {
  for (; $u < 2; $u++) echo "u=", var_export($u, true), "\n";
  for ($i = 0; $i < $lim; $i++) echo "not here\n";
  show($i);
}
undef();
--EXPECTF--
[0,1,2,3,4] 5
[1,2,4,5] 6
[0,1,2,3] 4
7
[0,1,2,3,4,5] 6
[0,1,2,4.5,5.5] 6.5
[0,1,3,4] 5
[0,1,2]
[0,1,2]
["a","b","c","d"]
[0.5,1.5,2.5]
array(5) {
  [0]=>
  int(9223372036854775805)
  [1]=>
  int(9223372036854775806)
  [2]=>
  int(9223372036854775807)
  [3]=>
  float(9.223372036854776E+18)
  [4]=>
  float(9.223372036854776E+18)
}
float(9.223372036854776E+18)
[0,1,2] 3
[0,1,2,3]
[3,2,1,0,4,8,"0-10","1-9","2-8","3-7","4-6"]
5 5
3 2
4
[1,2,3]
2 4 6 
["00","10"] 2 0
3

Warning: Undefined variable $u in %s on line 94
u=
Warning: Undefined variable $u in %s on line 94
NULL

Warning: Undefined variable $u in %s on line 94
u=1

Warning: Undefined variable $lim in %s on line 95
0
