<?php
$a ...;
