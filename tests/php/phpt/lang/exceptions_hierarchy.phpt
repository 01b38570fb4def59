--TEST--
the Error hierarchy thrown by the engine
--FILE--
<?php
$cases = [
    fn() => intdiv(1, 0),
    fn() => 1 % 0,
    fn() => undefined_fn(),
    fn() => (new stdClass)->nope(),
    fn() => new Missing(),
    fn() => [] + 1,
    fn() => "abc" * 2,
    fn() => str_repeat("x", -1),
    fn() => UNDEFINED_CONST,
    fn() => null->prop->x,
];
foreach ($cases as $c) {
    try { $c(); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
--EXPECTF--
DivisionByZeroError: Division by zero
DivisionByZeroError: Modulo by zero
Error: Call to undefined function undefined_fn()
Error: Call to undefined method stdClass::nope()
Error: Class "Missing" not found
TypeError: Unsupported operand types: array + int
TypeError: Unsupported operand types: string * int
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
Error: Undefined constant "UNDEFINED_CONST"

Warning: Attempt to read property "prop" on null in %s on line 12

Warning: Attempt to read property "x" on null in %s on line 12
