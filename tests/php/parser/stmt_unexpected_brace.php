<?php
function f() {
  $a = 1
}
