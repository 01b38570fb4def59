<?php
print 'a';
$a = print 'b';
$b = 1 + print 2;
print 1 and print 2;
