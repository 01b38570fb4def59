--TEST--
foreach over a plain object walks its live properties: by reference writes back, added properties are visited, removed ones are not; $o->$k names a different property each time
--FILE--
<?php
#[AllowDynamicProperties]
class C {
    public $a = 1;
    public $b = 2;
    protected $p = 3;
    private $q = 4;
    function all() { $r = []; foreach ($this as $k => $v) $r[] = "$k=$v"; return implode(",", $r); }
}
$o = new C;
foreach ($o as $k => $v) $o->$k = "set $k";
var_dump($o->a, $o->b);
foreach ($o as $k => &$v) $v = "ref $k";
unset($v);
var_dump($o->a, $o->b);
echo $o->all(), "\n";

$o = new C;
$n = 0;
foreach ($o as $k => $v) {
    echo "$k ";
    if ($n < 3) $o->{"new$n"} = $n;
    $n++;
}
echo "\n";
$o = new C;
foreach ($o as $k => $v) {
    echo "$k ";
    unset($o->b);
}
echo "\n";
$d = new stdClass;
$d->x = 1;
$d->y = 2;
foreach ($d as $k => &$v) $v *= 10;
unset($v);
print_r($d);
foreach (['a', 'b'] as $name) {
    $o->$name = "dyn-$name";
    echo $o->$name, " ";
}
echo "\n";
--EXPECT--
string(5) "set a"
string(5) "set b"
string(5) "ref a"
string(5) "ref b"
a=ref a,b=ref b,p=3,q=4
a b new0 new1 new2 
a 
stdClass Object
(
    [x] => 10
    [y] => 20
)
dyn-a dyn-b
