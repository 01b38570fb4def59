<?php
$a = 08;
