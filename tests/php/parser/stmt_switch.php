<?php
switch ($a) {
  case 1:
  case 2;
    echo 'x';
    break;
  default:
    echo 'y';
}
switch ($a):
  case 1: break;
endswitch;
switch ($a) {}
switch ($a) { ; case 1: }
