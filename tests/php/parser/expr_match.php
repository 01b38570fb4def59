<?php
$a = match ($b) {
  1, 2 => 'x',
  3 => 'y',
  default => 'z',
};
$c = match (true) { $d > 1 => 1, default => 2 };
$e = match ($f) { };
$g = match ($h) { 1, => 2, default, => 3 };
