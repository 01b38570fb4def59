<?php
$a = "\u{zz}";
