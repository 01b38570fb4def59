--TEST--
return by reference: function &f(), methods and statics, $x = &f(), php's notices, &$GLOBALS
--FILE--
<?php
function &byRef(array &$arr, $k) { return $arr[$k]; }
$data = ['a' => 1, 'b' => 2];
$r = &byRef($data, 'a');
$r = 100;
print_r($data);
$v = byRef($data, 'b');  // used as a value: a copy
$v = 7;
var_dump($data['b']);
class Registry {
    private $items = [];
    private static $inst;
    public function &get($k) { return $this->items[$k]; }
    public static function &instance() { if (!self::$inst) self::$inst = new Registry; return self::$inst; }
    public function dump() { print_r($this->items); }
}
$reg = Registry::instance();
$slot = &$reg->get('x');
$slot = 'set through the reference';
$slot2 = &$reg->get('y');
$slot2[] = 1;
$reg->dump();
var_dump(Registry::instance() === $reg);
function val() { return 5; }
function &constant_ref() { return 5; }
$a = &val();
$b = &constant_ref();
var_dump($a, $b);
$g = 1;
function &global_ref() { return $GLOBALS['g']; }
$h = &global_ref();
$h++;
var_dump($g);
function bind() { $local = 'bound'; $GLOBALS['bound'] = &$local; $local .= '!'; }
bind();
var_dump($bound);
// a by-reference result passed through array functions stays a value
function &pick(array &$a) { return $a[0]; }
$list = [[3, 1, 2]];
$copy = pick($list);
sort($copy);
var_dump($list[0], $copy, array_map(fn($x) => $x * 2, pick($list)));
--EXPECTF--
Array
(
    [a] => 100
    [b] => 2
)
int(2)
Array
(
    [x] => set through the reference
    [y] => Array
        (
            [0] => 1
        )

)
bool(true)

Notice: Only variables should be assigned by reference in %s on line 26

Notice: Only variable references should be returned by reference in %s on line 25
int(5)
int(5)
int(2)
string(6) "bound!"
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(6)
  [1]=>
  int(2)
  [2]=>
  int(4)
}
