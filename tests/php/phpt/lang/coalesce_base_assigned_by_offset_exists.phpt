--TEST--
`$obj[$k] ?? d` on an ArrayAccess object whose offsetExists/offsetGet assign the variables read in place (the base and the key)
--FILE--
<?php
class Test implements ArrayAccess {
    public function offsetExists($x): bool { $GLOBALS["obj"] = 24; return true; }
    public function offsetGet($x): mixed { var_dump($x); return 42; }
    public function offsetSet($x, $y): void { }
    public function offsetUnset($x): void { }
}

$obj = new Test;
$name = "foo";
var_dump($obj[$name] ?? 12);
var_dump($obj);

class KeyChanger implements ArrayAccess {
    public function offsetExists($x): bool { $GLOBALS["key"] = "changed"; return $x === "k"; }
    public function offsetGet($x): mixed { return "got $x"; }
    public function offsetSet($x, $y): void { }
    public function offsetUnset($x): void { }
}
$o = new KeyChanger;
$key = "k";
var_dump($o[$key] ?? "default");
var_dump($key);
var_dump($o[$key] ?? "default");

function inside() {
    $local = new Test;
    $GLOBALS["obj"] = $local;
    $n = 3;
    var_dump($local[$n] ?? 0);
}
inside();
var_dump($obj);
?>
--EXPECT--
string(3) "foo"
int(42)
int(24)
string(5) "got k"
string(7) "changed"
string(7) "default"
int(3)
int(42)
int(24)
