<?php
$a = (real)$b;
