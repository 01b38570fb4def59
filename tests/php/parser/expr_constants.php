<?php
$a = FOO;
$b = \FOO;
$c = Ns\FOO;
$d = namespace\FOO;
$e = true && false || null;
$f = FOO[0];
$g = __LINE__ . __FILE__ . __DIR__ . __CLASS__ . __FUNCTION__ . __METHOD__ . __NAMESPACE__ . __TRAIT__;
