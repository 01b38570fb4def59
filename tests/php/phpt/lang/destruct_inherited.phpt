--TEST--
inherited and parent destructors
--FILE--
<?php
class Base { function __destruct() { echo static::class, " base destructor\n"; } }
class Child extends Base { function __destruct() { echo "child first\n"; parent::__destruct(); } }
class Plain extends Base {}
$a = new Child;
$b = new Plain;
echo "done\n";
--EXPECT--
done
Plain base destructor
child first
Child base destructor
