--TEST--
json_encode of a resource: false with JSON_ERROR_UNSUPPORTED_TYPE, partial output, JsonException; json_encode resets json_last_error; the JSON_ERROR_* constants
--FILE--
<?php
json_decode("{"); var_dump(json_last_error()); json_encode(1); var_dump(json_last_error());
var_dump(json_encode([1, STDIN]), json_last_error(), json_last_error_msg(), json_encode([1, STDIN], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error() === JSON_ERROR_UNSUPPORTED_TYPE);
try { json_encode(STDIN, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getMessage(), $e->getCode(), "\n"; }
var_dump(json_decode('[1', false), json_last_error() === JSON_ERROR_SYNTAX, json_decode('{"a":1}', null, 512, JSON_OBJECT_AS_ARRAY));
--EXPECT--
int(4)
int(0)
bool(false)
int(8)
string(21) "Type is not supported"
string(8) "[1,null]"
bool(true)
Type is not supported8
NULL
bool(true)
array(1) {
  ["a"]=>
  int(1)
}
