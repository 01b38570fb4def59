<?php
printf("%d %5d %-5d| %05d %+d %x %X %o %b %c %%\n", 42, 42, 42, 42, 42, 255, 255, 8, 5, 65);
printf("%s %10s %-10s| %'*10s %.2s\n", "hi", "right", "left", "star", "truncate");
printf("%f %.2f %10.3f %-10.1f| %e %.3e %E\n", 3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012345, 12345.678);
printf("%1\$s %2\$s %1\$s\n", "a", "b");
echo sprintf("%05.1f", 3.14159), " ", sprintf("%u", -1), " ", sprintf("%g", 0.00001234), "\n";
echo number_format(1234567.891), " ", number_format(1234567.891, 2), " ", number_format(1234567.891, 2, ',', '.'), " ", number_format(0.5), " ", number_format(-1234.567, 1), "\n";
echo vsprintf("%s-%s", ["x", "y"]), "\n";
echo sprintf("%08.3f|%-8s|%8s", -3.5, "ab", "cd"), "\n";
