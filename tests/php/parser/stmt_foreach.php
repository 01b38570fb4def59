<?php
foreach ($a as $v) {}
foreach ($a as $k => $v) {}
foreach ($a as &$v) {}
foreach ($a as $k => &$v) {}
foreach ($a as [$x, $y]) {}
foreach ($a as $k => list($x, $y)) {}
foreach ($a as $v): endforeach;
foreach (f() as $o->p) {}
