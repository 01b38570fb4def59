--TEST--
base64_encode() on edge cases
--FILE--
<?php
var_dump(base64_encode('Hello, World!'));
var_dump(base64_encode(''));
var_dump(base64_encode("\0\xff"));
--EXPECT--
string(20) "SGVsbG8sIFdvcmxkIQ=="
string(0) ""
string(4) "AP8="
