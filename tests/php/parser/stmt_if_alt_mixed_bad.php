<?php
if ($a): echo 1; else { echo 2; }
