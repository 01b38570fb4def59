<?php
$counter += 5; $local2 = "L";
