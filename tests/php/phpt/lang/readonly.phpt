--TEST--
readonly properties
--FILE--
<?php
class Money {
    public function __construct(public readonly int $amount, public readonly string $cur = 'EUR') {}
    public function add(int $n): static { return new static($this->amount + $n, $this->cur); }
}
$m = new Money(5);
echo $m->add(3)->amount, "\n";
try { $m->amount = 10; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECT--
8
Error: Cannot modify readonly property Money::$amount
