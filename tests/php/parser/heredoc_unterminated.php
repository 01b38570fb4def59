<?php
$a = <<<EOT
abc
