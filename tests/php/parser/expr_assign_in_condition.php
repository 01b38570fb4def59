<?php
if (!$a = foo()) {}
$x = $a + $b = 3;
