--TEST--
typed properties: ++, --, += and -= in place on int-typed properties (the interpreter's inline path), at the int range's ends, on readonly, union and float properties
--FILE--
<?php
class A {
    public readonly int $id;
    public int $n = 0;
    public float $f = 1.5;
    public int|string $u = 5;
    public ?int $maybe = null;
    public $plain = 1;
    public function __construct() { $this->id = 1; }
    public function readonlyOps() {
        try { $this->id++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        try { $this->id += 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        var_dump($this->id);
    }
    public function counts() {
        for ($i = 0; $i < 5; $i++) { $this->n++; ++$this->n; $this->n += $i; $this->n -= 1; }
        $a = $this->n++; $b = ++$this->n; $c = $this->n--; $d = --$this->n;
        var_dump($a, $b, $c, $d, $this->n, $this->n += 10, $this->n -= 3);
    }
    public function ends() {
        $this->n = PHP_INT_MAX;
        try { $this->n++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        try { $this->n += 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        try { $this->n -= -1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        var_dump($this->n);
        $this->n = PHP_INT_MIN;
        try { $this->n--; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        try { $this->n -= 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        try { $this->n += -1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        var_dump($this->n);
        $this->n = 7;
        try { $this->n += 0.5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        $this->n += "3";
        var_dump($this->n);
    }
    public function others() {
        $this->u = 5;
        $this->f++; $this->f += 2; $this->f -= 1;
        $this->u++; $this->u += 3; $this->u -= 1;
        $this->u = PHP_INT_MAX;
        try { $this->u++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
        $this->maybe = 1; $this->maybe++; $this->maybe += 5;
        $this->plain = PHP_INT_MAX; $this->plain++;
        var_dump($this->f, $this->u, $this->maybe, $this->plain);
    }
}
$a = new A;
for ($k = 0; $k < 2; $k++) { $a->readonlyOps(); $a->counts(); $a->ends(); $a->others(); }
$r = &$a->n;
$a->n = 3;
$a->n++;
$a->n += 2;
var_dump($r);
--EXPECTF--
Cannot modify readonly property A::$id
Cannot modify readonly property A::$id
int(1)
int(15)
int(17)
int(17)
int(15)
int(15)
int(25)
int(22)
Cannot increment property A::$n of type int past its maximal value
Cannot assign float to property A::$n of type int
Cannot assign float to property A::$n of type int
int(9223372036854775807)
Cannot decrement property A::$n of type int past its minimal value
int(-9223372036854775808)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 32
int(10)
Cannot increment property A::$u of type string|int past its maximal value
float(3.5)
int(9223372036854775807)
int(7)
float(9.223372036854776E+18)
Cannot modify readonly property A::$id
Cannot modify readonly property A::$id
int(1)
int(25)
int(27)
int(27)
int(25)
int(25)
int(35)
int(32)
Cannot increment property A::$n of type int past its maximal value
Cannot assign float to property A::$n of type int
Cannot assign float to property A::$n of type int
int(9223372036854775807)
Cannot decrement property A::$n of type int past its minimal value
int(-9223372036854775808)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 32
int(10)
Cannot increment property A::$u of type string|int past its maximal value
float(5.5)
int(9223372036854775807)
int(7)
float(9.223372036854776E+18)
int(6)
