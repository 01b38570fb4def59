<?php
if ($a) echo 1;
if ($a) { } elseif ($b) { } else if ($c) { } else { }
if ($a): echo 1; elseif ($b): echo 2; else: echo 3; endif;
if ($a): endif;
