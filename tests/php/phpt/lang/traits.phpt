--TEST--
traits: insteadof, as, abstract and static members
--FILE--
<?php
trait Hello { public function hi() { return 'Hello'; } public static function make() { return new static; } }
trait World { public function hi() { return 'World'; } abstract public function name(); }
trait Counter { private int $n = 0; public function inc() { return ++$this->n; } }
class Greeter {
    use Hello, World { Hello::hi insteadof World; World::hi as protected worldHi; }
    use Counter;
    public function name() { return 'g'; }
    public function both() { return $this->hi() . ' ' . $this->worldHi(); }
}
$g = Greeter::make();
echo $g->both(), ' ', $g->inc(), $g->inc(), ' ', get_class($g), "\n";
print_r(class_uses($g));
--EXPECT--
Hello World 12 Greeter
Array
(
    [Hello] => Hello
    [World] => World
    [Counter] => Counter
)
