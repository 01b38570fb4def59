<?php
$a = 