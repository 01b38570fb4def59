--TEST--
a typed property's literal default of another type, and null for a type without null, are php's compile-time fatal errors
--FILE--
<?php
class Ok { public ?int $n = null; public int|string|null $u = null; public $any = null; public static bool $b = true; }
var_dump(new Ok);
eval('class Bad1 { public static int $p = "x"; }');
--EXPECTF--
object(Ok)#1 (3) {
  ["n"]=>
  NULL
  ["u"]=>
  NULL
  ["any"]=>
  NULL
}

Fatal error: Cannot use string as default value for property Bad1::$p of type int in %s(4) : eval()'d code on line 1
