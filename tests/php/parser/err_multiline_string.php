<?php
$a = "x" "first line
second";
