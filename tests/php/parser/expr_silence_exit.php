<?php
@$a['x'];
exit;
exit();
exit(1);
die;
die('x');
$a or die();
