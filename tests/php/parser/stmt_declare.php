<?php
declare(strict_types=1);
declare(ticks=1) { echo 1; }
declare(ticks=1): echo 2; enddeclare;
