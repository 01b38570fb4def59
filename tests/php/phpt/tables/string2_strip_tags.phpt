--TEST--
strip_tags() on edge cases
--XFAIL--
strip_tags is not implemented
--FILE--
<?php
var_dump(strip_tags('<p>Hello <b>World</b></p>'));
var_dump(strip_tags('<p>Hi <br/>there</p>', '<br>'));
--EXPECT--
string(11) "Hello World"
string(13) "Hi <br/>there"
