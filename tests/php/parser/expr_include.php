<?php
include 'a.php';
include_once 'b.php';
require 'c.php';
require_once __DIR__ . '/d.php';
$x = include 'e.php' or die('x');
