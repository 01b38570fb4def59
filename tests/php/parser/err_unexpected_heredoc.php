<?php
$a <<<EOT
x
EOT;
