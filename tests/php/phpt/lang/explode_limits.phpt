--TEST--
explode() with every kind of limit (positive, zero, negative, extremes) and the result's array growing afterwards
--FILE--
<?php
foreach ([PHP_INT_MIN, -5, -3, -2, -1, 0, 1, 2, 3, 4, PHP_INT_MAX] as $l) {
  echo $l, ": ", json_encode(explode(",", "a,b,,c", $l)), json_encode(explode(",", "", $l)), json_encode(explode("ab", "xabyabab", $l)), json_encode(explode(",", "abc", $l)), "\n";
}
var_dump(explode(",", "1,2,3"));
$a = explode(",", "1,2"); $a[] = 3; $a[5] = 4; var_dump($a);
--EXPECT--
-9223372036854775808: [][][][]
-5: [][][][]
-3: ["a"][]["x"][]
-2: ["a","b"][]["x","y"][]
-1: ["a","b",""][]["x","y",""][]
0: ["a,b,,c"][""]["xabyabab"]["abc"]
1: ["a,b,,c"][""]["xabyabab"]["abc"]
2: ["a","b,,c"][""]["x","yabab"]["abc"]
3: ["a","b",",c"][""]["x","y","ab"]["abc"]
4: ["a","b","","c"][""]["x","y","",""]["abc"]
9223372036854775807: ["a","b","","c"][""]["x","y","",""]["abc"]
array(3) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "2"
  [2]=>
  string(1) "3"
}
array(4) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "2"
  [2]=>
  int(3)
  [5]=>
  int(4)
}
