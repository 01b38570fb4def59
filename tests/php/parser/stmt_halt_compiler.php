<?php
echo 1;
__halt_compiler();
this is { not php ( code
