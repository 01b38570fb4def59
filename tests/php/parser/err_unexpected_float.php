<?php
$a 1.5;
