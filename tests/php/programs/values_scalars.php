<?php
echo 0.1 + 0.2, "\n", 1e100, "\n", 1/3, "\n", -0.0, "\n", 1e15, " ", 1e14, " ", 123456789012345.0, "\n";
echo 7/2, " ", 10/5, " ", 2**63, " ", 2**-1, " ", PHP_INT_MAX + 1, " ", -PHP_INT_MAX - 2, "\n";
echo 1.5e-7, " ", 0.00001, " ", 0.0001, " ", 100000.0, " ", 3.0, " ", 2.5e20, "\n";
var_dump(0.1 + 0.2, 1e100, 1.0, -0.0, 1e15, 1e17, 0.00001, 7.0/3, PHP_INT_MAX, PHP_INT_MIN, (float)PHP_INT_MAX);
var_dump(true, false, null, "str", "");
var_dump(INF, -INF, NAN, is_nan(NAN));
echo intdiv(17, 5), " ", 17 % 5, " ", -17 % 5, " ", 17 % -5, " ", fmod(17.5, 5), "\n";
echo 10 <=> 5, 5 <=> 10, 5 <=> 5, "\n";
var_dump((int)"12abc", (int)"  42", (float)"3.14xyz", (int)12.9, (int)-12.9, (bool)"0", (bool)"", (bool)"0.0", (bool)[], (bool)[0]);
var_dump((string)1.0, (string)0.5, strval(100), 1 . "", 1.0 . "");
var_dump(PHP_EOL, PHP_INT_SIZE, M_PI);
var_dump(0x1F, 0b101, 017, 0o17, 1_000_000);
$i = PHP_INT_MAX; $i++; var_dump($i);
$j = PHP_INT_MIN; $j--; var_dump($j);
var_dump(PHP_INT_MAX * 2, -PHP_INT_MAX * 3, 9223372036854775807 + 1);
var_dump(round(2.5), round(-2.5), round(1.955, 2), round(1234.5678, -2), floor(-1.5), ceil(-1.5), abs(-5), abs(-5.5));
