<?php
function f() {
  global $a, $b, $$c;
  static $d, $e = 1, $f = [1, 2];
}
