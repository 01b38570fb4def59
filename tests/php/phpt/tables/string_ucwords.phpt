--TEST--
ucwords() on edge cases
--FILE--
<?php
var_dump(ucwords('hello world-foo bar_baz'));
var_dump(ucwords('hello-world', '-'));
var_dump(ucwords(''));
--EXPECT--
string(23) "Hello World-foo Bar_baz"
string(11) "Hello-World"
string(0) ""
