--TEST--
str_word_count() on edge cases
--FILE--
<?php
var_dump(str_word_count('Hello fri3nd, you are looking good today!'));
var_dump(str_word_count('a b c', 1));
--EXPECT--
int(8)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
