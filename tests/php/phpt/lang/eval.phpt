--TEST--
eval: scope, return value, parse errors
--FILE--
<?php
$a = 2;
$r = eval('$b = $a * 10; return $b + 1;');
var_dump($r, $b);
eval('function from_eval() { return "defined in eval"; }');
echo from_eval(), "\n";
try { eval('echo "unterminated'); } catch (ParseError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECT--
int(21)
int(20)
defined in eval
ParseError: syntax error, unexpected end of file, expecting variable or "${" or "{$"
