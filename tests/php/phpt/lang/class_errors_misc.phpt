--TEST--
visibility errors: private parent constructor, private constants are not inherited, protected property writes
--FILE--
<?php
class A {
    public const X = 1;
    protected const Y = 2;
    private const Z = 3;
    protected $p = 'p';
    private function __construct() { echo "A::__construct\n"; }
    static function make() { return new static; }
}
class B extends A {
    public function __construct() { echo "B::__construct\n"; parent::__construct(); }
    static function consts() {
        var_dump(self::X, self::Y);
        try { var_dump(self::Z); } catch (Error $e) { echo $e->getMessage(), "\n"; }
        try { var_dump(A::Z); } catch (Error $e) { echo $e->getMessage(), "\n"; }
    }
}
B::consts();
try { new B; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a = A::make();
try { $a->p = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo $a->p; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class T implements IteratorAggregate { function getIterator(): Iterator { return new ArrayIterator([1]); } }
foreach (new T as $v) echo $v, "\n";
--EXPECT--
int(1)
int(2)
Undefined constant B::Z
Cannot access private constant A::Z
B::__construct
Cannot call private A::__construct()
A::__construct
Cannot access protected property A::$p
Cannot access protected property A::$p
1
