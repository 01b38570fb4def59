<?php
$a = 1  2;
