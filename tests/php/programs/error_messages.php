<?php
// error messages for common mistakes
function needsTwo($a, $b) { return $a + $b; }
try { needsTwo(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { strlen(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { (function(int $x) {})("abc"); } catch (TypeError $e) { echo substr($e->getMessage(), 0, 70), "\n"; }
try { $x = null; $x->prop = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $arr = []; $arr->method(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo UNDEFINED_CONST; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo Foo::BAR; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class K { const A = 1; private $p = 1; private function pm() {} public static function sm() {} }
try { echo K::B; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo (new K)->p; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new K)->pm(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new K)->nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { K::nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $f = 'nofunc'; $f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new DateTimeX(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { [] > 5 ? 1 : 0; echo "cmp ok\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r = 1 % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo array_combine([1], [1, 2]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { echo str_repeat("x", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { throw new Exception(); } catch (Exception $e) { var_dump($e->getMessage(), $e->getCode(), $e->getPrevious()); }
echo intdiv(5, 2) <=> 2, "\n";
