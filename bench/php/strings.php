<?php
// String-heavy: building, splitting, searching, replacing and formatting text.
$n = (int)($argv[1] ?? 40000);
$words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
$lines = [];
for ($i = 0; $i < $n; $i++) {
    $lines[] = sprintf("%05d %s-%s %.2f", $i, $words[$i % 8], strtoupper($words[($i * 3) % 8]), $i / 7);
}
$text = implode("\n", $lines);
$count = substr_count($text, 'GAMMA');
$replaced = str_replace(['alpha', 'beta'], ['A', 'B'], $text);
$parts = explode("\n", $replaced);
$lens = 0;
foreach ($parts as $p) {
    $cols = explode(' ', $p);
    $lens += strlen(trim($cols[1])) + strpos($p, '-');
}
echo $count, " ", strlen($replaced), " ", $lens, " ", md5($text), "\n";
