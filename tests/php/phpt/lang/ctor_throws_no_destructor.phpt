--TEST--
an object whose constructor threw is never destructed, neither at its last unset nor at script end
--FILE--
<?php
class T {
    function __construct(public $n, $fail) {
        echo "construct $n\n";
        if ($fail) throw new Exception("fail $n");
    }
    function __destruct() { echo "destruct {$this->n}\n"; }
}
try {
    $o = new T('a', true);
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
try {
    $k = new T('b', false);
    $k = new T('c', true);
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
var_dump($k->n);
unset($e);
echo "end\n";
--EXPECT--
construct a
caught fail a
construct b
construct c
caught fail c
string(1) "b"
end
destruct b
