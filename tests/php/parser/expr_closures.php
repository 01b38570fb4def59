<?php
$f = function () {};
$g = function ($a, $b) use ($c, &$d) { return $a; };
$h = static function (): void {};
$i = function &() use ($x,) {};
$j = #[Pure] static function () {};
