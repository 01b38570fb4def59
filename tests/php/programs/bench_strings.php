<?php
$n = (int)($argv[1] ?? 20000); if ($n < 100) $n = 20000;
$s = "";
for ($i = 0; $i < $n; $i++) { $s .= "item" . $i . ","; }
echo strlen($s), " ", md5_free_hash($s), "\n";
$parts = explode(",", $s); echo count($parts), "\n";
$joined = implode(";", array_slice($parts, 0, 5)); echo $joined, "\n";
$words = []; foreach ($parts as $p) { $k = substr($p, 0, 5); $words[$k] = ($words[$k] ?? 0) + 1; }
ksort($words); echo count($words), " ", json_encode(array_slice($words, 0, 3)), "\n";
$sb = []; for ($i = 0; $i < 1000; $i++) $sb[] = sprintf("%04d", $i); echo strlen(implode("", $sb)), "\n";
echo strlen(str_repeat("ab", 50000)), " ", substr_count(str_repeat("abc", 1000), "bc"), "\n";
$t = ""; for ($i = 0; $i < 5000; $i++) { $t = $t . chr(65 + $i % 26); } echo substr($t, 0, 30), " ", strlen($t), "\n";
$rev = strrev($t); echo ucfirst(strtolower(substr($rev, 0, 10))), "\n";
function md5_free_hash($s) { $h = 0; $l = strlen($s); for ($i = 0; $i < $l; $i += 7) { $h = ($h * 31 + ord($s[$i])) % 1000000007; } return $h; }
