<?php
$a = (unset)$b;
