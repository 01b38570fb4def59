--TEST--
urlencode() on edge cases
--FILE--
<?php
var_dump(urlencode('a b&c=d/e?f'));
var_dump(urlencode('ü'));
--EXPECT--
string(19) "a+b%26c%3Dd%2Fe%3Ff"
string(6) "%C3%BC"
