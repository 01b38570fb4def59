--TEST--
printf() on edge cases
--FILE--
<?php
var_dump(printf('%05.1f|%-4s|%x', 3.14159, 'ab', 255));
--EXPECT--
003.1|ab  |ffint(13)
