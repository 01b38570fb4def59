--TEST--
compile-time warnings and deprecations of eval'd and included code go to the error handler set before they compile; E_COMPILE_WARNING does not
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) {
  echo "handler: $no $str (line $line)\n";
  return true;
});
eval('class A { private function __get($n) { return 1; } }');
eval('class B { final private function m() {} }');
eval('$v = 1; echo "x${v}\n";');
$f = tempnam(sys_get_temp_dir(), 'cw');
file_put_contents($f, '<?php class C { protected function __call($n, $a) {} } echo "included\n";');
include $f;
unlink($f);
restore_error_handler();
eval('class D { private function __set($n, $v) {} }');
set_error_handler(function () { throw new Exception("from handler"); });
try { eval('class E { private function __isset($n) {} } echo "not run\n";'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
handler: 2 The magic method A::__get() must have public visibility (line 1)

Warning: Private methods cannot be final as they are never overridden by other classes in %s(7) : eval()'d code on line 1
handler: 8192 Using ${var} in strings is deprecated, use {$var} instead (line 1)
x1
handler: 2 The magic method C::__call() must have public visibility (line 1)
included

Warning: The magic method D::__set() must have public visibility in %s(14) : eval()'d code on line 1
from handler
