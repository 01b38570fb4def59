--TEST--
break/continue with levels, alternative syntax, switch fallthrough
--FILE--
<?php
for ($i = 0; $i < 3; $i++):
    foreach ([1, 2, 3] as $j):
        if ($j == 2) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    endforeach;
endfor;
echo "\n";
switch ("2") { case 2: echo "two "; case 3: echo "three "; break; default: echo "default"; }
echo "\n";
$n = 0; do { echo $n; } while (++$n < 3); echo "\n";
while (true) { if (++$n > 5) break; } echo $n, "\n";
--EXPECT--
01 11 
two three 
012
6
