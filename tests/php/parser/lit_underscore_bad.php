<?php
$a = 1_;
