--TEST--
assorted php behaviours: setlocale without locales, ~ on floats, func_num_args() at the top, define('A::B'), foreach by reference over an Iterator, bad getIterator() results
--FILE--
<?php
var_dump(setlocale(LC_ALL, 'C'), setlocale(LC_NUMERIC, 'xx_NOPE', 'C'), setlocale(LC_ALL, 'xx_NOPE'), setlocale(LC_ALL, ['xx', 'POSIX']));
var_dump(LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL, DIRECTORY_SEPARATOR, PATH_SEPARATOR);
var_dump(zend_version());
var_dump(~5, ~5.0, ~1.5, ~PHP_INT_MAX, ~(PHP_INT_MAX + 1));
try { func_num_args(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { define('A::B', 1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class It implements Iterator {
    private $i = 0;
    function rewind(): void { $this->i = 0; }
    function valid(): bool { return $this->i < 2; }
    function current(): mixed { return $this->i; }
    function key(): mixed { return $this->i; }
    function next(): void { $this->i++; }
}
try { foreach (new It as &$v) echo $v; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Agg implements IteratorAggregate {
    function __construct(private $what) {}
    #[ReturnTypeWillChange]
    function getIterator() { return $this->what; }
}
foreach ([null, new stdClass, 1, [1, 2], new ArrayIterator([3, 4]), new It] as $what) {
    try {
        foreach (new Agg($what) as $k => $v) echo "$k=$v ";
        echo "\n";
    } catch (Exception $e) {
        echo get_class($e), " line ", $e->getLine(), ": ", $e->getMessage(), "\n";
    }
}
--EXPECTF--
string(1) "C"
string(1) "C"
bool(false)
string(1) "C"
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
string(1) "/"
string(1) ":"
string(6) "4.2.36"

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5

Deprecated: Implicit conversion from float 9.223372036854776E+18 to int loses precision in %s on line 5
int(-6)
int(-6)
int(-2)
int(-9223372036854775808)
int(9223372036854775807)
Error: func_num_args() must be called from a function context
ValueError: define(): Argument #1 ($constant_name) cannot be a class constant
Error: An iterator cannot be used with foreach by reference
Exception line 24: Objects returned by Agg::getIterator() must be traversable or implement interface Iterator
Exception line 24: Objects returned by Agg::getIterator() must be traversable or implement interface Iterator
Exception line 24: Objects returned by Agg::getIterator() must be traversable or implement interface Iterator
Exception line 24: Objects returned by Agg::getIterator() must be traversable or implement interface Iterator
0=3 1=4 
0=0 1=1
