<?php
$a (int);
