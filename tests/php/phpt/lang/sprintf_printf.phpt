--TEST--
printf family and number_format
--FILE--
<?php
printf("[%5d] [%-5d] [%05d] [%5.1f] [%-8s] [%'#8s] [%+.2e]\n", 42, 42, 42, 3.14159, 'left', 'hash', 1234.5);
echo sprintf('%08.3f|%x|%o|%c|%%|%5.2s|%u', -3.14159, 255, 8, 97, 'abcdef', 3), "\n";
echo vsprintf("%2\$s %1\$s\n", ['world', 'hello']);
echo number_format(1234567.891), ' ', number_format(1234567.891, 2), ' ', number_format(0.125, 2), ' ', number_format(-0.4), "\n";
$n = printf("%s\n", "counted"); var_dump($n);
--EXPECT--
[   42] [42   ] [00042] [  3.1] [left    ] [####hash] [+1.23e+3]
-003.142|ff|10|a|%|   ab|3
hello world
1,234,568 1,234,567.89 0.13 0
counted
int(8)
