<?php
foreach ($a as $k => $v => $w) {}
