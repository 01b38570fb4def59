--TEST--
Assigning to a string offset: php 8.2's offset casts, "Only the first byte", empty strings
--FILE--
<?php
$s = "abc"; $s[5] = "xy"; var_dump($s);
$s = "abc"; $s[-1] = "zz"; var_dump($s);
$s = "abc"; $s[-9] = "q"; var_dump($s);
$s = "abc"; $s[1] = 78; var_dump($s);
foreach (["1x", " 1", "1 ", "01", "-1", true, false, null, 1.9] as $k) {
  $s = "abc"; $s[$k] = "Z"; var_dump($s);
}
foreach (["x", "1.5", ""] as $k) {
  try { $s = "abc"; $s[$k] = "Z"; var_dump($s); }
  catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { $s = "abc"; $s[0] = ""; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($s);
try { $s = "abc"; $s[-9] = ""; var_dump($s); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
Warning: Only the first byte will be assigned to the string offset in %s on line 2
string(6) "abc  x"

Warning: Only the first byte will be assigned to the string offset in %s on line 3
string(3) "abz"

Warning: Illegal string offset -9 in %s on line 4
string(3) "abc"

Warning: Only the first byte will be assigned to the string offset in %s on line 5
string(3) "a7c"

Warning: Illegal string offset "1x" in %s on line 7
string(3) "aZc"
string(3) "aZc"
string(3) "aZc"
string(3) "aZc"
string(3) "abZ"

Warning: String offset cast occurred in %s on line 7
string(3) "aZc"

Warning: String offset cast occurred in %s on line 7
string(3) "Zbc"

Warning: String offset cast occurred in %s on line 7
string(3) "Zbc"

Warning: String offset cast occurred in %s on line 7
string(3) "aZc"
TypeError: Cannot access offset of type string on string
TypeError: Cannot access offset of type string on string
TypeError: Cannot access offset of type string on string
Error: Cannot assign an empty string to a string offset
string(3) "abc"

Warning: Illegal string offset -9 in %s on line 15
string(3) "abc"
