--TEST--
user exception classes and __toString
--FILE--
<?php
class MyEx extends Exception {
    public function __construct($m, private string $extra = 'x') { parent::__construct($m, 7); }
    public function extra() { return $this->extra; }
}
try { throw new MyEx("hello", "data"); }
catch (MyEx $e) { echo $e->getMessage(), ' ', $e->getCode(), ' ', $e->extra(), ' ', $e->getLine(), "\n"; }
var_dump((new MyEx("m")) instanceof Throwable);
--EXPECT--
hello 7 data 6
bool(true)
