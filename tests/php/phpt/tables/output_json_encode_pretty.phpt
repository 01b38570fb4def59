--TEST--
json_encode_pretty of every kind of value
--FILE--
<?php
var_dump(json_encode(null, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(false, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(true, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(0, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(-1, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(1.0, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(0.1 + 0.2, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(1e100, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(-0.0, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(1e15, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(123456789012345678, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode('str', JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode("q'uo\"te\n", JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode([], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode([1, 2], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode(['a' => 1, 'b' => [true, null]], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode([3 => 'x', 'k' => 1.5], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
var_dump(json_encode((object)['p' => 1, 'q' => [2]], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
--EXPECT--
string(4) "null"
string(5) "false"
string(4) "true"
string(1) "0"
string(2) "-1"
string(1) "1"
string(19) "0.30000000000000004"
string(8) "1.0e+100"
string(2) "-0"
string(16) "1000000000000000"
string(18) "123456789012345678"
string(5) ""str""
string(12) ""q'uo\"te\n""
string(2) "[]"
string(16) "[
    1,
    2
]"
string(59) "{
    "a": 1,
    "b": [
        true,
        null
    ]
}"
string(30) "{
    "3": "x",
    "k": 1.5
}"
string(42) "{
    "p": 1,
    "q": [
        2
    ]
}"
