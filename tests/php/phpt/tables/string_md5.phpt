--TEST--
md5() on edge cases
--FILE--
<?php
var_dump(md5(''));
var_dump(md5('hello'));
--EXPECT--
string(32) "d41d8cd98f00b204e9800998ecf8427e"
string(32) "5d41402abc4b2a76b9719d911017c592"
