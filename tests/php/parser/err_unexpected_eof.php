<?php
$a = 1
