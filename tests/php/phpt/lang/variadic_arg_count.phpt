--TEST--
ArgumentCountError of a function with a variadic parameter ("exactly" when every declared parameter before it is required); a call that fails before binding named extras leaves none for the next call (array_map's callback)
--FILE--
<?php
function f($a, ...$rest) { return count($rest); }
function g($a, $b = 1, ...$rest) {}
function h(...$rest) { return count($rest); }
try { f(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { g(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
echo h(), "\n";
function k($x, ...$r) { return func_num_args() . ':' . count($r) . ':' . implode(',', array_keys($r)); }
try { k(...['r' => 1]); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo implode(' ', array_map('k', [1, 2])), "\n";
try { array_map('k', [], []); } catch (Throwable $e) { echo get_class($e), "\n"; }
try { echo implode(' ', array_map('k', [1], [2])), "\n"; } catch (Throwable $e) { echo get_class($e), "\n"; }
echo k(1, 2, r: 3), "\n";
echo k(...['x' => 5, 'q' => 6]), "\n";
--EXPECTF--
Too few arguments to function f(), 0 passed in %s on line 5 and exactly 1 expected
Too few arguments to function g(), 0 passed in %s on line 6 and at least 1 expected
0
ArgumentCountError: Too few arguments to function k(), 0 passed in %s on line 9 and exactly 1 expected
1:0: 1:0:
2:1:0
2:2:0,r
1:1:q
