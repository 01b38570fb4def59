<?php
function f() {
    $a = <<<EOT
        line1
          line2

        $x end
        EOT;
    $b = <<<'N'
      raw
    N;
    return [<<<A
      x
      A, 2];
}
