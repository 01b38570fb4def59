<?php
echo 1;
echo 1, 2, 3;
echo 'a' . 'b', "c";
