<?php
$a = <<<EOT
hello $name
  {$obj->prop}
EOT;
$b = <<<"EOT"
quoted label
EOT;
$c = <<<'EOT'
nowdoc $name {$x}
EOT;
