--TEST--
base64_decode() on edge cases
--FILE--
<?php
var_dump(base64_decode('SGVsbG8sIFdvcmxkIQ=='));
var_dump(base64_decode('@@@'));
var_dump(base64_decode('SGVsbG8', true));
--EXPECT--
string(13) "Hello, World!"
string(0) ""
string(5) "Hello"
