<?php
for ($i = 0; $i < 3; $i++) { echo $i; } echo "\n";
$i = 0; while ($i < 10) { $i++; if ($i % 2) continue; if ($i > 6) break; echo $i; } echo "\n";
$j = 0; do { echo $j; $j++; } while ($j < 3); echo "\n";
for ($a = 0, $b = 10; $a < $b; $a += 3, $b -= 3) echo "$a-$b "; echo "\n";
for ($x = 0; $x < 3; $x++) { for ($y = 0; $y < 3; $y++) { if ($y == 1) continue 2; if ($x == 2) break 2; echo "$x$y "; } } echo "\n";
foreach ([1, 2, 3] as $v) { switch ($v) { case 1: echo "one"; break; case 2: echo "two"; continue 2; default: echo "other"; } echo "."; } echo "\n";
function sw($x) { switch ($x) { case "1": return "string one"; case 2: case 3: return "two or three"; default: return "default"; } }
echo sw(1), "|", sw(3), "|", sw("x"), "\n";
$r = match(true) { 5 > 10 => "a", 5 > 3 => "b", default => "c" }; echo $r, "\n";
echo match(3) { 1, 2 => "low", 3, 4 => "mid", default => "high" }, "\n";
try { echo match("x") { "a" => 1 }; } catch (\UnhandledMatchError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
if (false) echo "no"; elseif (true) echo "elseif"; else echo "else"; echo "\n";
if (1): echo "alt if"; elseif (2): echo "x"; else: echo "y"; endif; echo "\n";
foreach ([1, 2] as $v): echo $v; endforeach; echo "\n";
for ($k = 0; $k < 2; $k++): echo $k; endfor; echo "\n";
$w = 0; while ($w < 2): echo $w++; endwhile; echo "\n";
switch (2): case 2: echo "alt switch"; break; endswitch; echo "\n";
$list = ['a' => 1, 'b' => 2];
foreach ($list as $key => $value) echo "$key=$value,"; echo "\n";
foreach ([[1, 2], [3, 4]] as [$p, $q]) echo $p + $q, " "; echo "\n";
$empty = []; foreach ($empty as $e) echo "never"; echo "done\n";
$n = 0; while (true) { if (++$n >= 5) break; } echo $n, "\n";
goto_free: echo "labels are not used\n";
