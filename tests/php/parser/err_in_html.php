<p>x</p>
<?php
$a = ;
?>
