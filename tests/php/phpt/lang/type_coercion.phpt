--TEST--
scalar parameter types: coercion and TypeError
--FILE--
<?php
function i(int $x) { var_dump($x); }
function fl(float $x) { var_dump($x); }
function s(string $x) { var_dump($x); }
function b(?bool $x) { var_dump($x); }
i("5"); i(5.0); i(true); fl(3); fl("1e2"); s(12); s(1.5); b(null); b(0);
try { i("5 apples"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { i(5.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { i([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(5)
int(5)
int(1)
float(3)
float(100)
string(2) "12"
string(3) "1.5"
NULL
bool(false)
i(): Argument #1 ($x) must be of type int, string given, called in %s on line 7

Deprecated: Implicit conversion from float 5.5 to int loses precision in %s on line 2
int(5)
i(): Argument #1 ($x) must be of type int, array given, called in %s on line 9
