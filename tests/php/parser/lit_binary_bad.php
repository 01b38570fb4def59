<?php
$a = 0b12;
