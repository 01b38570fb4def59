<?php
$a = "abc";
$b = "tab\tnl\ncr\rvt\vesc\eff\f\\ \$ \"";
$c = "\101\x41\u{41}\u{1F600}\u{0}";
$d = "\377";
$e = "\xZZ \q \u";
$f = b"bin";
$g = "";
