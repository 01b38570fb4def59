<?php
$a = <<<EOT
  a $b
  c {$d} ${e}
  EOT;
$b = <<<"X"
X;
$c = <<<'N'
  x $y
 N;
$d = <<<EOT
    inner

  EOT . "x";
$e = <<<  EOT
EOT
;
$f = <<<A
A1
A
;
