--TEST--
echo of every kind of value
--FILE--
<?php
echo null, "\n";
echo false, "\n";
echo true, "\n";
echo 0, "\n";
echo -1, "\n";
echo 1.0, "\n";
echo 0.1 + 0.2, "\n";
echo 1e100, "\n";
echo -0.0, "\n";
echo 1e15, "\n";
echo 123456789012345678, "\n";
echo 'str', "\n";
echo "q'uo\"te\n", "\n";
echo NAN, "\n";
echo INF, "\n";
--EXPECT--
1
0
-1
1
0.3
1.0E+100
-0
1.0E+15
123456789012345678
str
q'uo"te

NAN
INF
