--TEST--
warnings for undefined variables, keys, properties and offsets
--FILE--
<?php
echo $nope;
$a = [];
echo $a['missing'];
echo $a[3];
$o = new stdClass;
echo $o->nothing;
$s = "abc";
echo $s[10];
$n = null;
echo $n['x'];
echo "done\n";
--EXPECTF--
Warning: Undefined variable $nope in %s on line 2

Warning: Undefined array key "missing" in %s on line 4

Warning: Undefined array key 3 in %s on line 5

Warning: Undefined property: stdClass::$nothing in %s on line 7

Warning: Uninitialized string offset 10 in %s on line 9

Warning: Trying to access array offset on value of type null in %s on line 11
done
