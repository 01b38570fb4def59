<?php
echo 1;
__halt_compiler(); raw <?php data "
