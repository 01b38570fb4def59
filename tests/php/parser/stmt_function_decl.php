<?php
/** doc for f */
function f() {}
function &g($a, &$b, ...$c) { return $a; }
function h(int $a = 1, ?string $b = null, array|bool $c = [], $d = PHP_EOL,): ?int {}
function i(): int|null {}
function j(): never { exit; }
function k(mixed $m): void {}
function readonly() {}
