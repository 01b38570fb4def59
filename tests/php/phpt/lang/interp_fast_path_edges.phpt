--TEST--
Edges of the interpreter's int and float fast paths: increments and += past the int range, through references, compare-and-branch on NaN and mixed numbers, & and | on non-ints
--FILE--
<?php
$i = PHP_INT_MAX; $j = $i++; var_dump($i, $j);
$i = PHP_INT_MAX; $j = ++$i; var_dump($i, $j);
$i = PHP_INT_MIN; $j = $i--; var_dump($i, $j);
$i = PHP_INT_MIN; $j = --$i; var_dump($i, $j);
$i = 5; $r = &$i; $i++; ++$r; var_dump($i);
$x = PHP_INT_MAX; $x += 1; var_dump($x);
$x = PHP_INT_MIN; $x += -1; var_dump($x);
$x = 40; $y = &$x; $y += 2; var_dump($x);
$x = 1.5; $x += 2; var_dump($x);
$x = "3"; $x += 4; var_dump($x);
$nan = NAN;
foreach ([[1.0, 2.0], [2.0, 2.0], [3.0, 2.0], [$nan, 1.0], [1.0, $nan], [$nan, $nan], [1, 2.5], [3, 2.5], [2, 2.0]] as [$a, $b]) {
    $out = [];
    if ($a < $b) $out[] = "<";
    if ($a <= $b) $out[] = "<=";
    if ($a > $b) $out[] = ">";
    if ($a >= $b) $out[] = ">=";
    if ($a == $b) $out[] = "==";
    if ($a != $b) $out[] = "!=";
    if ($a === $b) $out[] = "===";
    if ($a !== $b) $out[] = "!==";
    echo var_export($a, true), " ", var_export($b, true), ": ", implode(" ", $out), "\n";
}
$n = 0;
for ($k = PHP_INT_MAX - 2; $k < PHP_INT_MAX; $k++) $n++;
var_dump($n, $k);
var_dump(6 & 3, 6 | 3, "6" & 3, 6.0 | 1, "ab" & "a_", "ab" | "  ");
try { var_dump([] & 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($undefined & 1);
--EXPECTF--
float(9.223372036854776E+18)
int(9223372036854775807)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(-9223372036854775808)
float(-9.223372036854776E+18)
float(-9.223372036854776E+18)
int(7)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(42)
float(3.5)
int(7)
1.0 2.0: < <= != !==
2.0 2.0: <= >= == ===
3.0 2.0: > >= != !==
NAN 1.0: != !==
1.0 NAN: != !==
NAN NAN: != !==
1 2.5: < <= != !==
3 2.5: > >= != !==
2 2.0: <= >= == !==
int(2)
int(9223372036854775807)
int(2)
int(7)
int(2)
int(7)
string(2) "aB"
string(2) "ab"
TypeError: Unsupported operand types: array & int

Warning: Undefined variable $undefined in %s on line 30
int(0)
