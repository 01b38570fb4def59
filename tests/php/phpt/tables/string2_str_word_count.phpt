--TEST--
str_word_count() on edge cases
--FILE--
<?php
var_dump(str_word_count('Mary had a little lamb'));
var_dump(str_word_count('Mary had a little lamb', 2));
--EXPECT--
int(5)
array(5) {
  [0]=>
  string(4) "Mary"
  [5]=>
  string(3) "had"
  [9]=>
  string(1) "a"
  [11]=>
  string(6) "little"
  [18]=>
  string(4) "lamb"
}
