<?php
$a = `ls -l`;
$b = `echo $c {$d}`;
