<?php
while ($a) $a--;
while ($a) { break; }
while ($a): continue; endwhile;
do { $a++; } while ($a < 10);
do $a++; while (0);
