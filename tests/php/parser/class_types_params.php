<?php
function f(A&B $x, A|B|null $y, ?A $z, A & ...$rest) {}
function g(callable $c, array $a, iterable $i, object $o, mixed $m, (A&B)|C $dnf) {}
function h(A &$x, A & $y) {}
