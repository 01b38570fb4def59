<?php
echo $undefinedVar, "|\n";
$arr = [1];
echo $arr[5], "|", $arr["key"], "|\n";
$null = null; echo $null['x'], "|\n";
$int = 5; echo $int[0], "|\n";
$o = new stdClass; echo $o->missing, "|\n";
echo "x" . [1], "\n";
$s = "abc"; echo $s[10], "|\n";
echo (int)"5 apples" + 1, "\n";
echo "5 apples" + 1, "\n";
class Dyn {} $d = new Dyn; $d->created = 1;
$u = @$undefined2; var_dump($u);
$f = false; $f[] = 1; print_r($f);
echo intdiv(10, 3), "\n";
$k = [1.5 => 'a']; print_r($k);
function takesInt(int $x) { return $x; }
try { takesInt("abc"); } catch (TypeError $e) { echo preg_match_stub($e->getMessage()), "\n"; }
function preg_match_stub($m) { return substr($m, 0, 60); }
echo str_repeat("-", 5), "\n";
$und[] = 1; print_r($und);
