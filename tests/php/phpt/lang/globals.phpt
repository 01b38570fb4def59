--TEST--
global keyword and $GLOBALS
--FILE--
<?php
$g = 1;
function f() { global $g; $g++; return $GLOBALS['g']; }
echo f(), "\n";
function h() { $GLOBALS['created'] = 'yes'; }
h(); echo $created, "\n";
--EXPECT--
2
yes
