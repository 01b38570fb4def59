<?php
foo(<<<EOT
  a
  EOT, <<<'B'
  b
  B);
