<?php
class Early { public $a = 1; protected $b = [2]; private $c = 'c'; }
$early = new Early; var_dump($early);
$data = ['int' => 1, 'float' => 1.5, 'str' => "it's", 'bool' => true, 'null' => null, 'list' => [1, 2], 'nested' => ['a' => ['b' => 'c']], 'e' => [], 'f' => 1.0, 'neg' => -0.5];
var_dump($data);
print_r($data); echo "\n";
var_export($data); echo "\n";
var_export(1.0); echo "\n"; var_export(0.1); echo "\n"; var_export("a\\b'c"); echo "\n"; var_export(false); echo "\n";
echo json_encode($data), "\n";
echo json_encode([1, 2, 3]), json_encode([1 => 'a', 2 => 'b']), json_encode([]), json_encode(new stdClass), json_encode("a/b\"c\n\u{e9}"), "\n";
echo json_encode(['a' => 1, 'b' => [1, 2], 'c' => ['x' => null]], JSON_PRETTY_PRINT), "\n";
echo json_encode("é/", JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), json_encode(3.0, JSON_PRESERVE_ZERO_FRACTION), json_encode(0.1 + 0.2), "\n";
class JS implements JsonSerializable { public $pub = 1; private $priv = 2; function jsonSerialize(): mixed { return ['custom' => $this->priv]; } }
class Plain { public $a = 1; protected $b = 2; public $c = [1]; }
echo json_encode(new JS), json_encode(new Plain), "\n";
print_r(new Plain); echo "\n";
var_export(new Plain); echo "\n";
$o = new stdClass; $o->x = 1; var_export($o); echo "\n";
echo print_r([1, [2]], true);
$r = [1]; $r[] = &$r; // recursion
print_r([1, 'x' => [true, false, null, 0.5]]);
echo gettype(1), gettype(1.0), gettype("s"), gettype([]), gettype(null), gettype(new stdClass), gettype(true), "\n";
echo get_debug_type(1), get_debug_type(1.0), get_debug_type("s"), get_debug_type([]), get_debug_type(null), get_debug_type(new Plain), get_debug_type(false), "\n";
printf("%s\n", var_export([true, null], true));
print("print works\n");
$ret = print ""; echo $ret, "\n";
