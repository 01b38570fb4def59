--TEST--
natcasesort() with flags; the array afterwards
--FILE--
<?php
$a = ['img12.png', 'img10.png', 'IMG2.png', 'img1.png'];
var_dump(natcasesort($a));
var_dump($a);
--EXPECT--
bool(true)
array(4) {
  [3]=>
  string(8) "img1.png"
  [2]=>
  string(8) "IMG2.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
