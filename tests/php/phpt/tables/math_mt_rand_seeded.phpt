--TEST--
mt_rand/rand/mt_getrandmax after mt_srand: php's exact sequence
--FILE--
<?php
mt_srand(42);
for ($i = 0; $i < 5; $i++) var_dump(mt_rand());
for ($i = 0; $i < 5; $i++) var_dump(mt_rand(1, 100));
srand(7);
var_dump(rand(), rand(1, 6), mt_getrandmax(), getrandmax());
mt_srand(3); $a = range(1, 10); shuffle($a); echo implode(',', $a), "\n";
mt_srand(5); var_dump(array_rand(['a' => 1, 'b' => 2, 'c' => 3]));
--EXPECT--
int(804318771)
int(1710563033)
int(2041643438)
int(393923207)
int(1571945013)
int(36)
int(21)
int(25)
int(51)
int(14)
int(163870807)
int(5)
int(2147483647)
int(2147483647)
4,8,3,9,1,10,5,2,6,7
string(1) "c"
