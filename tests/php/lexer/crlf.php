<?php
$a = 1;
// x
/* y
 */
?>
html
