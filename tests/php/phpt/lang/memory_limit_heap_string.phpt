--TEST--
memory_limit from the INI section bounds a string built with .= and one large str_repeat
--INI--
memory_limit=24M
--FILE--
<?php
echo ini_get("memory_limit"), "\n";
$s = "";
for ($i = 0; $i < 10; $i++) $s .= str_repeat("ab", 500000);
echo strlen($s), "\n";
unset($s);
function grow() {
    $t = "";
    while (true) $t .= str_repeat("y", 100000);
}
grow();
--EXPECTF--
24M
10000000

Fatal error: Allowed memory size of 25165824 bytes exhausted (tried to allocate %d bytes) in %s on line 9
