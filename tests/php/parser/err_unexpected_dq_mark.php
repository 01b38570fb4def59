<?php
$a "x$b";
