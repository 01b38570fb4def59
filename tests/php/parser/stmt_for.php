<?php
for ($i = 0; $i < 10; $i++) {}
for (;;) { break 1; }
for ($i = 0, $j = 1; $i < 10, $j < 5; $i++, $j++);
for (;;): endfor;
