<?php
$s = "abc $x
