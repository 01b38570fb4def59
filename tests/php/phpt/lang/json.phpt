--TEST--
json_encode / json_decode
--FILE--
<?php
$data = ['a' => 1, 'b' => [1.5, true, null], 'c' => "é\"/\n", 'd' => [], 'e' => new stdClass, 'f' => 0.1 + 0.2];
echo json_encode($data), "\n";
echo json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
var_dump(json_decode('{"x":{"y":[1,2,{"z":null}]},"n":1.0,"big":12345678901234567890}'));
var_dump(json_decode('{"x":[1]}', true), json_decode('[1,'), json_last_error(), json_last_error_msg());
echo json_encode([1 => 'a', 2 => 'b']), json_encode([0 => 'a', 1 => 'b']), json_encode(3.0), "\n";
--EXPECT--
{"a":1,"b":[1.5,true,null],"c":"\u00e9\"\/\n","d":[],"e":{},"f":0.30000000000000004}
{
    "a": 1,
    "b": [
        1.5,
        true,
        null
    ],
    "c": "é\"/\n",
    "d": [],
    "e": {},
    "f": 0.30000000000000004
}
object(stdClass)#4 (3) {
  ["x"]=>
  object(stdClass)#3 (1) {
    ["y"]=>
    array(3) {
      [0]=>
      int(1)
      [1]=>
      int(2)
      [2]=>
      object(stdClass)#2 (1) {
        ["z"]=>
        NULL
      }
    }
  }
  ["n"]=>
  float(1)
  ["big"]=>
  float(1.2345678901234567E+19)
}
array(1) {
  ["x"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
NULL
int(4)
string(12) "Syntax error"
{"1":"a","2":"b"}["a","b"]3
