<?php
$a a\b;
