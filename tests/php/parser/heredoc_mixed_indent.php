<?php
$a = <<<EOT
	 a
 	EOT;
