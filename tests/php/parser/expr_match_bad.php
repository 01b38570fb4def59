<?php
$a = match ($b) { 1 => 2 3 => 4 };
