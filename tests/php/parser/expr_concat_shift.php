<?php
echo 'a' . 1 << 2;
echo 'sum: ' . $a + $b;
