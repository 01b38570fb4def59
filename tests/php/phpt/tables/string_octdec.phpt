--TEST--
octdec() on edge cases
--FILE--
<?php
var_dump(octdec('777'));
--EXPECT--
int(511)
