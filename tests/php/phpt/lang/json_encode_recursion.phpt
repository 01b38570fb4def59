--TEST--
json_encode of recursive arrays and objects (json_last_error 6, null in place with JSON_PARTIAL_OUTPUT_ON_ERROR, JsonException), the $depth argument (error 1), and objects shared without recursion (weft-php overflowed its native stack on $o->p = $o)
--FILE--
<?php
$o = new stdClass; $o->p = $o;
var_dump(json_encode($o), json_last_error(), json_last_error_msg());
var_dump(json_encode($o, JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
$a = [1]; $a[] = &$a;
var_dump(json_encode($a), json_last_error());
$d = [[[1]]];
var_dump(json_encode($d, 0, 2), json_last_error(), json_last_error_msg());
var_dump(json_encode($d, 0, 3), json_last_error());
var_dump(json_encode($d, JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error());
$x = new stdClass; $y = new stdClass; $x->a = $y; $x->b = $y;
var_dump(json_encode($x), json_last_error());
try { json_encode($o, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getMessage(), " ", $e->getCode(), "\n"; }
class S implements JsonSerializable { public $self; function jsonSerialize(): mixed { return ['me' => $this->self]; } }
$s = new S; $s->self = [1, 2];
var_dump(json_encode($s), json_encode([$s, $s]), json_last_error());
var_dump(json_encode([], 0, 0), json_last_error(), json_encode(1, 0, 0), json_last_error());
--EXPECT--
bool(false)
int(6)
string(18) "Recursion detected"
string(10) "{"p":null}"
int(6)
bool(false)
int(6)
bool(false)
int(1)
string(28) "Maximum stack depth exceeded"
string(7) "[[[1]]]"
int(0)
string(7) "[[[1]]]"
int(1)
string(15) "{"a":{},"b":{}}"
int(0)
Recursion detected 6
string(12) "{"me":[1,2]}"
string(27) "[{"me":[1,2]},{"me":[1,2]}]"
int(0)
bool(false)
int(1)
string(1) "1"
int(0)
