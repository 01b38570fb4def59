<?php
$a = 1;
