<?php
$a = <<<EOT
\t\x41\u{42}\"\$x
EOT;
