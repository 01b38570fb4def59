--TEST--
a class with more than eight constants (their slots were lost when the table grew), __FUNCTION__/__METHOD__ in constant and property initializers
--FILE--
<?php
class C {
    const c1 = 1, c2 = 1.5, c3 = +1, c4 = -1.5;
    const c5 = __LINE__;
    const c6 = __CLASS__;
    const c7 = __METHOD__;
    const c8 = __FUNCTION__;
    const c9 = "nine", c10 = self::c9 . "!", c11 = C::c10;
    const c12 = [self::c1, self::c2];
    public $m = __METHOD__;
    public static $f = __FUNCTION__;
}
for ($i = 1; $i <= 12; $i++) var_dump(constant("C::c$i"));
var_dump(C::c11, (new C)->m, C::$f);
class D extends C { const d1 = parent::c10 . "?"; }
var_dump(D::d1, D::c12);
--EXPECT--
int(1)
float(1.5)
int(1)
float(-1.5)
int(4)
string(1) "C"
string(0) ""
string(0) ""
string(4) "nine"
string(5) "nine!"
string(5) "nine!"
array(2) {
  [0]=>
  int(1)
  [1]=>
  float(1.5)
}
string(5) "nine!"
string(0) ""
string(0) ""
string(6) "nine!?"
array(2) {
  [0]=>
  int(1)
  [1]=>
  float(1.5)
}
