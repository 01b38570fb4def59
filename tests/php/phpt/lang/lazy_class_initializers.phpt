--TEST--
property defaults and static properties naming later classes or constants are evaluated at the class's first use (new, static access), after the parent's
--FILE--
<?php
class X {
    public static $sa_x = array(B::KEY => B::VALUE);
    public $a_x = array(B::KEY => B::VALUE);
    public static $late = K;
}
class B {
    const KEY = "key";
    const VALUE = "value";
    public static $sa_b = array(self::KEY => self::VALUE);
    public $a_b = array(self::KEY => self::VALUE);
}
class C extends B {
    public static $sa_c = array(parent::KEY => parent::VALUE, "x" => X::class);
    public $a_c = array(parent::KEY => parent::VALUE);
    public $a_b = "redeclared";
}
define('K', "defined after the class");
var_dump(X::$sa_x, X::$late, get_object_vars(new X));
var_dump(C::$sa_c, C::$sa_b, get_object_vars(new C));

class Fails {
    public static $s = Missing::VALUE;
    public $p = 1;
}
echo "declared\n";
try { var_dump(Fails::$s); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new Fails; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Missing { const VALUE = "now it exists"; }
var_dump(Fails::$s, get_object_vars(new Fails));

class P { public static $shared = Q::V; }
class R extends P {}
class Q { const V = "from Q"; }
var_dump(R::$shared);
R::$shared = "changed through R";
var_dump(P::$shared);
--EXPECT--
array(1) {
  ["key"]=>
  string(5) "value"
}
string(23) "defined after the class"
array(1) {
  ["a_x"]=>
  array(1) {
    ["key"]=>
    string(5) "value"
  }
}
array(2) {
  ["key"]=>
  string(5) "value"
  ["x"]=>
  string(1) "X"
}
array(1) {
  ["key"]=>
  string(5) "value"
}
array(2) {
  ["a_b"]=>
  string(10) "redeclared"
  ["a_c"]=>
  array(1) {
    ["key"]=>
    string(5) "value"
  }
}
declared
string(13) "now it exists"
string(13) "now it exists"
array(1) {
  ["p"]=>
  int(1)
}
string(6) "from Q"
string(17) "changed through R"
