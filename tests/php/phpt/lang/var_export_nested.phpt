--TEST--
var_export and print_r of nested structures and objects
--FILE--
<?php
class P { public $pub = 1; protected $pro = [2]; private $pri = 'three'; }
$v = ['list' => [1, 2], 'map' => ['k' => null, 'f' => 1.0], 'obj' => new P, 's' => "it's"];
var_export($v); echo "\n";
print_r($v); echo "\n";
var_dump($v);
echo var_export(1.0, true), ' ', var_export(-0.0, true), ' ', var_export(0.1, true), "\n";
--EXPECT--
array (
  'list' => 
  array (
    0 => 1,
    1 => 2,
  ),
  'map' => 
  array (
    'k' => NULL,
    'f' => 1.0,
  ),
  'obj' => 
  \P::__set_state(array(
     'pub' => 1,
     'pro' => 
    array (
      0 => 2,
    ),
     'pri' => 'three',
  )),
  's' => 'it\'s',
)
Array
(
    [list] => Array
        (
            [0] => 1
            [1] => 2
        )

    [map] => Array
        (
            [k] => 
            [f] => 1
        )

    [obj] => P Object
        (
            [pub] => 1
            [pro:protected] => Array
                (
                    [0] => 2
                )

            [pri:P:private] => three
        )

    [s] => it's
)

array(4) {
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["map"]=>
  array(2) {
    ["k"]=>
    NULL
    ["f"]=>
    float(1)
  }
  ["obj"]=>
  object(P)#1 (3) {
    ["pub"]=>
    int(1)
    ["pro":protected]=>
    array(1) {
      [0]=>
      int(2)
    }
    ["pri":"P":private]=>
    string(5) "three"
  }
  ["s"]=>
  string(4) "it's"
}
1.0 -0.0 0.1
