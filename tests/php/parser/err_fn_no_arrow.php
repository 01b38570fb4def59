<?php
$f = fn($x) $x;
