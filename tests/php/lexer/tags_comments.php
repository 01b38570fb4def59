html before
<?php
// c
# d
/* block */ /** doc */ /**/
$a = &$b & $c &...$d; $x?->y; yield  from $z; readonly; enum Foo {} enum(1); enum extends;
?>
html
<?= 1 ?>
<? not a tag <?php echo 2 ?>x<?PHP
echo 3;