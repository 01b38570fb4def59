--TEST--
string increment and decrement
--FILE--
<?php
foreach (['a', 'z', 'Az', 'zz', 'a9', 'Zz', '9', ''] as $s) { $t = $s; $t++; var_dump($t); }
$n = null; $n++; var_dump($n);
$n = null; $n--; var_dump($n);
--EXPECT--
string(1) "b"
string(2) "aa"
string(2) "Ba"
string(3) "aaa"
string(2) "b0"
string(3) "AAa"
int(10)
string(1) "1"
int(1)
NULL
