<?php
$a['x' 1];
