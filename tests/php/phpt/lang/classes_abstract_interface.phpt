--TEST--
abstract classes, interfaces, constants
--FILE--
<?php
interface HasArea { const UNITS = 'cm'; public function area(): float; }
abstract class Shape implements HasArea {
    abstract public function name(): string;
    public function describe() { return sprintf("%s %.2f%s", $this->name(), $this->area(), static::UNITS); }
}
final class Circle extends Shape {
    public function __construct(private float $r) {}
    public function area(): float { return M_PI * $this->r ** 2; }
    public function name(): string { return 'circle'; }
}
echo (new Circle(2))->describe(), "\n";
try { new Shape(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(new Circle(1) instanceof HasArea, Circle::UNITS);
--EXPECT--
circle 12.57cm
Cannot instantiate abstract class Shape
bool(true)
string(2) "cm"
